import Glibc

/// How to write a ``DataFrame`` as CSV.
public struct CSVWritingOptions: Sendable, Equatable {
    /// The field separator (one ASCII character).
    public var delimiter: Character = ","
    /// Whether to write the column names first.
    public var includesHeaderRow: Bool = true
    /// Whether to begin with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var includesByteOrderMark: Bool = false
    /// The record terminator.
    public var lineTerminator: String = "\n"
    /// The text of a missing cell.
    public var nilText: String = ""
    /// Whether text cells beginning with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so a
    /// spreadsheet shows them instead of evaluating them. Number cells are never altered.
    public var escapesFormulas: Bool = false

    /// Creates the default options: RFC 4180 with LF line ends, no BOM, no formula escaping, so
    /// that ``CSVReader`` reads the output back to an equal frame.
    public init() {}

    /// For spreadsheets: a UTF-8 byte-order mark, CRLF line ends and formula escaping.
    public static var excel: CSVWritingOptions {
        var options = CSVWritingOptions()
        options.includesByteOrderMark = true
        options.lineTerminator = "\r\n"
        options.escapesFormulas = true
        return options
    }
}

/// An error writing CSV.
public struct CSVWritingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path being written, when writing a file.
    public var file: String?
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String?, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { (file.map { "\($0): " } ?? "") + "cannot write: \(reason)" }
}

/// Writes frames as RFC 4180 CSV.
///
/// Columns keep their frame order. A field is quoted when it holds the delimiter, a quote, CR or
/// LF, when it has leading or trailing spaces, or when a text cell reads like a missing cell
/// (the empty string is written `""`, so it stays distinct from a missing cell). Doubles are
/// written in shortest round-trip form (`0.1`, `210`, `NaN`, `inf`); money as exact yuan.
public enum CSVWriter {
    /// The CSV bytes of `frame` (UTF-8).
    ///
    /// - Throws: ``CSVWritingError`` when the delimiter is not one ASCII character other than a
    ///   quote, CR or LF.
    /// - Complexity: O(cells).
    public static func data(_ frame: DataFrame, options: CSVWritingOptions = .init()) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(frame.rowCount * max(1, frame.columnCount) * 8 + 64)
        try write(frame, options: options) { out.append(contentsOf: $0) }
        return out
    }

    /// The CSV text of `frame`.
    ///
    /// - Throws: ``CSVWritingError`` for an invalid delimiter.
    public static func string(_ frame: DataFrame, options: CSVWritingOptions = .init()) throws -> String {
        String(decoding: try data(frame, options: options), as: UTF8.self)
    }

    /// Writes `frame` to the file at `path`, replacing it.
    ///
    /// - Throws: ``CSVWritingError`` when the file cannot be created or written.
    public static func write(_ frame: DataFrame, toFile path: String, options: CSVWritingOptions = .init()) throws {
        do {
            try validateDelimiter(options.delimiter)
        } catch var error as CSVWritingError {
            error.file = path
            throw error
        }
        guard let file = fopen(path, "wb") else {
            throw CSVWritingError(file: path, reason: String(cString: strerror(errno)))
        }
        var failed = false
        try write(frame, options: options) { bytes in
            if failed || bytes.isEmpty { return }
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            if written != bytes.count { failed = true }
        }
        if fclose(file) != 0 || failed {
            throw CSVWritingError(file: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func validateDelimiter(_ delimiter: Character) throws {
        guard let d = delimiter.asciiValue, d != UInt8(ascii: "\""), d != 10, d != 13 else {
            throw CSVWritingError(file: nil, reason: "the delimiter '\(delimiter)' is not one ASCII character other than a quote or line break")
        }
    }

    /// Streams the CSV bytes of `frame` to `sink` in pieces of about 64 KiB.
    ///
    /// - Throws: ``CSVWritingError`` for an invalid delimiter (before anything is written).
    public static func write(_ frame: DataFrame, options: CSVWritingOptions = .init(), to sink: ([UInt8]) -> Void) throws {
        try validateDelimiter(options.delimiter)
        let delimiter = options.delimiter.asciiValue ?? UInt8(ascii: ",")
        let terminator = Array(options.lineTerminator.utf8)
        var buffer = [UInt8]()
        buffer.reserveCapacity(1 << 16 + 4096)
        if options.includesByteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        let nilSpellings: Set<String> = ["", "NA", "N/A", "NULL", "null", "None"]
        if options.includesHeaderRow {
            for (i, name) in frame.columnNames.enumerated() {
                if i > 0 { buffer.append(delimiter) }
                appendText(name, to: &buffer, delimiter: delimiter, forceQuote: false, escapesFormulas: false)
            }
            buffer.append(contentsOf: terminator)
        }
        let columns = frame.columns
        for row in 0..<frame.rowCount {
            for (i, column) in columns.enumerated() {
                if i > 0 { buffer.append(delimiter) }
                if column.isNil(at: row) {
                    buffer.append(contentsOf: options.nilText.utf8)
                    continue
                }
                switch column {
                case .int(let c): appendASCII(String(c.values[row]), to: &buffer)
                case .double(let c): appendASCII(NumberText.plain(c.values[row]), to: &buffer)
                case .money(let c): appendASCII(c.values[row].description, to: &buffer)
                case .bool(let c): appendASCII(c.values[row] ? "true" : "false", to: &buffer)
                case .string(let c):
                    let text = c.values[row]
                    appendText(text, to: &buffer, delimiter: delimiter,
                               forceQuote: nilSpellings.contains(text), escapesFormulas: options.escapesFormulas)
                }
            }
            buffer.append(contentsOf: terminator)
            if buffer.count >= 1 << 16 {
                sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { sink(buffer) }
    }

    @inline(__always)
    private static func appendASCII(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: text.utf8)
    }

    private static func appendText(
        _ text: String, to buffer: inout [UInt8], delimiter: UInt8, forceQuote: Bool, escapesFormulas: Bool
    ) {
        let utf8 = text.utf8
        var needsQuotes = forceQuote
        var hasQuote = false
        for b in utf8 {
            if b == UInt8(ascii: "\"") { hasQuote = true; needsQuotes = true; break }
            if b == delimiter || b == 10 || b == 13 { needsQuotes = true }
        }
        if let first = utf8.first, let last = utf8.last, first == 32 || last == 32 { needsQuotes = true }
        var prefix: UInt8? = nil
        if escapesFormulas, let first = utf8.first,
           first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 9 || first == 13
        {
            prefix = UInt8(ascii: "'")
        }
        if !needsQuotes {
            if let prefix { buffer.append(prefix) }
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        if let prefix { buffer.append(prefix) }
        if hasQuote {
            for b in utf8 {
                buffer.append(b)
                if b == UInt8(ascii: "\"") { buffer.append(b) }
            }
        } else {
            buffer.append(contentsOf: utf8)
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

extension DataFrame {
    /// Writes the frame as CSV to `path` (see ``CSVWriter``).
    ///
    /// - Throws: ``CSVWritingError``.
    public func writeCSV(toFile path: String, options: CSVWritingOptions = .init()) throws {
        try CSVWriter.write(self, toFile: path, options: options)
    }

    /// The frame as CSV text (see ``CSVWriter``).
    ///
    /// - Throws: ``CSVWritingError`` for an invalid delimiter.
    public func csvString(options: CSVWritingOptions = .init()) throws -> String {
        try CSVWriter.string(self, options: options)
    }
}
