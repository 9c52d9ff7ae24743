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
        let n = bytes.count
        let hasUTF8BOM = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let hasUTF16BOM = n >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        func result(_ parsed: (DataFrame, Int), _ encoding: TextEncoding, _ bom: Bool) -> CSVReadResult {
            CSVReadResult(frame: parsed.0, encoding: encoding, hadByteOrderMark: bom, shortRowCount: parsed.1)
        }
        // UTF-8 is parsed in place; cells are validated as they become text.
        if options.encoding == .utf8 || (options.encoding == .auto && (hasUTF8BOM || !hasUTF16BOM)) {
            let start = hasUTF8BOM ? 3 : 0
            let text = UnsafeRawBufferPointer(rebasing: bytes[start...]).bindMemory(to: UInt8.self)
            do {
                return result(try CSVParse.parse(text, delimiter: delimiter, options: options), .utf8, hasUTF8BOM)
            } catch let invalid as CSVParse.InvalidText {
                if options.encoding == .utf8 || hasUTF8BOM {
                    // The offset is the start of the offending cell; find the exact byte.
                    let cell = start + invalid.offset
                    let exact = UTF8Validator.firstInvalidOffset(UnsafeRawBufferPointer(rebasing: bytes[cell...])).map { cell + $0 }
                    throw CSVReadingError(.undecodable(TextDecodingError(
                        encoding: .utf8, byteOffset: exact ?? cell, reason: "invalid UTF-8 sequence")))
                }
            } catch let error as CSVReadingError {
                // A structural error in a file that is not UTF-8 at all: try GB18030 below.
                if options.encoding == .utf8 || hasUTF8BOM || UTF8Validator.firstInvalidOffset(bytes) == nil { throw error }
            }
            return try transcodedRead(bytes, as: .gb18030, delimiter: delimiter, options: options, detecting: true)
        }
        return try transcodedRead(bytes, as: options.encoding, delimiter: delimiter, options: options, detecting: false)
    }

    private static func transcodedRead(
        _ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding, delimiter: UInt8, options: CSVReadingOptions,
        detecting: Bool
    ) throws -> CSVReadResult {
        let decoded: (output: TextDecoder.Output, encoding: TextEncoding, hadByteOrderMark: Bool)
        do {
            decoded = try TextDecoder.decode(bytes, as: encoding)
        } catch var error as TextDecodingError {
            if detecting { error.reason = "neither UTF-8 nor GB18030 (\(error.reason)); pass the encoding explicitly" }
            throw CSVReadingError(.undecodable(error))
        }
        do {
            let parsed: (DataFrame, Int)
            switch decoded.output {
            case .inPlace(let offset):
                let text = UnsafeRawBufferPointer(rebasing: bytes[offset...]).bindMemory(to: UInt8.self)
                parsed = try CSVParse.parse(text, delimiter: delimiter, options: options)
            case .transcoded(let utf8):
                parsed = try utf8.withUnsafeBufferPointer { try CSVParse.parse($0, delimiter: delimiter, options: options) }
            }
            return CSVReadResult(
                frame: parsed.0, encoding: decoded.encoding, hadByteOrderMark: decoded.hadByteOrderMark,
                shortRowCount: parsed.1)
        } catch let invalid as CSVParse.InvalidText {
            throw CSVReadingError(.undecodable(TextDecodingError(
                encoding: decoded.encoding, byteOffset: invalid.offset, reason: "decoded text is not valid Unicode")))
        }
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
