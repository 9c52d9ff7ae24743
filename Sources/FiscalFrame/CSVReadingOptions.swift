/// How to read a CSV file into a ``DataFrame``.
///
/// The defaults read the files analysts meet: a header row, commas, encoding detected, the
/// usual null spellings, thousands separators and full-width digits accepted in numbers, and
/// types inferred over all rows.
public struct CSVReadingOptions: Sendable, Equatable {
    /// Whether the first record names the columns; otherwise they are `column1`, `column2`, ….
    public var hasHeaderRow: Bool = true
    /// The field separator; must be a single ASCII character other than `"`, CR or LF.
    public var delimiter: Character = ","
    /// The text encoding; `.auto` reports its choice in ``CSVReadResult/encoding``.
    public var encoding: TextEncoding = .auto
    /// Unquoted cell texts read as missing. `NaN` is deliberately absent: NaN is a number.
    public var nullSpellings: Set<String> = ["", "NA", "N/A", "NULL", "null", "None"]
    /// Whether numbers may group digits with commas (`1,234,567.89`; groups of three only).
    public var allowsThousandsSeparators: Bool = true
    /// Whether full-width digits, signs, point and comma (`１２３．５`) read as numbers.
    public var normalizesFullWidthDigits: Bool = true
    /// Whether to infer column types; when `false`, every column not in ``columnTypes`` is text.
    ///
    /// Inference looks at every row: a column is `bool` when every present cell is
    /// `true`/`false` (any case), `int` when every cell is an integer, `double` when every cell
    /// is a number, and text otherwise. Digits with a leading zero (`007`, `0130`) make the
    /// column text, so codes keep their zeros.
    public var infersTypes: Bool = true
    /// Per-column type overrides; a cell that does not parse as its override is an error.
    public var columnTypes: [String: DataType] = [:]
    /// For columns overridden to ``DataType/money``: yuan per stated unit (10,000 for 万元).
    public var moneyMultiplier: Int64 = 1
    /// Threads that parse chunks of the file in parallel (1 parses sequentially).
    public var parallelism: Int = CSVReadingOptions.defaultParallelism

    /// Creates the default options.
    public init() {}

    /// The number of online processors, at most 8.
    public static var defaultParallelism: Int { ProcessorCount.online }
}

/// What ``CSVReader`` read.
public struct CSVReadResult: Sendable {
    /// The frame.
    public var frame: DataFrame
    /// The encoding used; with ``TextEncoding/auto`` this is the detected one.
    public var encoding: TextEncoding
    /// Whether the file began with a byte-order mark (which was stripped).
    public var hadByteOrderMark: Bool
    /// The number of records with fewer fields than the header; their missing cells are `nil`.
    public var shortRowCount: Int
}

/// An error reading CSV, naming the file, line, column and cell text where they apply.
public struct CSVReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read.
        case unreadableFile(reason: String)
        /// The bytes do not decode in the requested or detected encoding.
        case undecodable(TextDecodingError)
        /// The delimiter is not a single ASCII character other than quote, CR or LF.
        case invalidDelimiter(Character)
        /// A quoted field never closes.
        case unterminatedQuote
        /// A closing quote is followed by something other than a delimiter or line end.
        case unexpectedTextAfterQuote
        /// A record has more fields than the header.
        case tooManyFields(expected: Int, actual: Int)
        /// A cell does not parse as its column's type override.
        case failedToParse(column: String, text: String, type: DataType)
        /// A type override names a column the file lacks.
        case unknownColumn(String, available: [String])
    }

    /// What went wrong.
    public var kind: Kind
    /// The file path, when reading a file.
    public var file: String?
    /// The 1-based line where the offending record starts, when known.
    public var line: Int?
    /// The 1-based data row (the header is not counted), when known.
    public var row: Int?

    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, row: Int? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.row = row
    }

    public var description: String {
        var location: [String] = []
        if let file { location.append(file) }
        if let line { location.append("line \(line)") }
        if let row { location.append("row \(row)") }
        let prefix = location.isEmpty ? "" : location.joined(separator: ", ") + ": "
        switch kind {
        case .unreadableFile(let reason): return "\(prefix)cannot read the file: \(reason)"
        case .undecodable(let error): return "\(prefix)\(error)"
        case .invalidDelimiter(let c): return "\(prefix)invalid delimiter '\(c)'"
        case .unterminatedQuote: return "\(prefix)a quoted field is not closed"
        case .unexpectedTextAfterQuote: return "\(prefix)text follows a closing quote"
        case .tooManyFields(let expected, let actual):
            return "\(prefix)\(actual) fields where the header has \(expected)"
        case .failedToParse(let column, let text, let type):
            return "\(prefix)column '\(column)': cannot read \"\(text)\" as \(type)"
        case .unknownColumn(let name, let available):
            return "\(prefix)type override for unknown column '\(name)'; columns are "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        }
    }
}
