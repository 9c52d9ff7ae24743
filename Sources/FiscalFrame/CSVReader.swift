/// Reads CSV text into a ``DataFrame``.
///
/// The reader maps the file, decodes it strictly (``TextEncoding``), splits the data into one
/// chunk per thread at record boundaries found by quote parity, and tokenizes the chunks in
/// parallel straight into typed column buffers. Cells become strings only in text columns.
///
/// ```swift
/// let result = try CSVReader.read(contentsOfFile: "facts.csv")
/// result.frame.rowCount
/// result.encoding          // .gb18030 when that was detected
/// ```
public enum CSVReader {
    /// Reads the CSV file at `path`.
    ///
    /// - Throws: ``CSVReadingError`` naming the file, line, row, column and cell text.
    /// - Complexity: O(n) in the file size, spread over ``CSVReadingOptions/parallelism`` threads.
    public static func read(contentsOfFile path: String, options: CSVReadingOptions = .init()) throws -> CSVReadResult {
        let file = try MappedFile(path: path)
        do {
            return try read(bytes: file.bytes, options: options)
        } catch var error as CSVReadingError {
            error.file = path
            throw error
        }
    }

    /// Reads CSV from bytes in ``CSVReadingOptions/encoding``.
    ///
    /// - Throws: ``CSVReadingError``.
    public static func read(data: [UInt8], options: CSVReadingOptions = .init()) throws -> CSVReadResult {
        try data.withUnsafeBytes { try read(bytes: $0, options: options) }
    }

    /// Reads CSV from a string (already decoded text; the encoding option is ignored).
    ///
    /// - Throws: ``CSVReadingError``.
    public static func read(text: String, options: CSVReadingOptions = .init()) throws -> CSVReadResult {
        var options = options
        options.encoding = .utf8
        return try read(data: Array(text.utf8), options: options)
    }

    /// Reads CSV from raw bytes.
    package static func read(bytes: UnsafeRawBufferPointer, options: CSVReadingOptions) throws -> CSVReadResult {
        guard let delimiter = options.delimiter.asciiValue,
              delimiter != UInt8(ascii: "\""), delimiter != 10, delimiter != 13
        else { throw CSVReadingError(.invalidDelimiter(options.delimiter)) }
        let decoded: (output: TextDecoder.Output, encoding: TextEncoding, hadByteOrderMark: Bool)
        do {
            decoded = try TextDecoder.decode(bytes, as: options.encoding)
        } catch let error as TextDecodingError {
            throw CSVReadingError(.undecodable(error))
        }
        let parsed: (DataFrame, Int)
        switch decoded.output {
        case .inPlace(let offset):
            let text = UnsafeRawBufferPointer(rebasing: bytes[offset...])
            parsed = try CSVParse.parse(text.bindMemory(to: UInt8.self), delimiter: delimiter, options: options)
        case .transcoded(let utf8):
            parsed = try utf8.withUnsafeBufferPointer {
                try CSVParse.parse($0, delimiter: delimiter, options: options)
            }
        }
        return CSVReadResult(
            frame: parsed.0, encoding: decoded.encoding, hadByteOrderMark: decoded.hadByteOrderMark,
            shortRowCount: parsed.1)
    }
}

extension DataFrame {
    /// Reads a CSV file (see ``CSVReader``).
    ///
    /// - Throws: ``CSVReadingError``.
    public init(contentsOfCSVFile path: String, options: CSVReadingOptions = .init()) throws {
        self = try CSVReader.read(contentsOfFile: path, options: options).frame
    }

    /// Reads CSV text (see ``CSVReader``).
    ///
    /// - Throws: ``CSVReadingError``.
    public init(csvText: String, options: CSVReadingOptions = .init()) throws {
        self = try CSVReader.read(text: csvText, options: options).frame
    }
}
