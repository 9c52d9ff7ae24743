import FiscalDisclosures

/// What happened to one input file.
public enum LedgerStatus: String, Sendable, Hashable, CaseIterable {
    /// Read and extracted; its facts are in the outputs.
    case ingested
    /// Same content as an earlier file (see ``LedgerEntry/duplicateOf``); its facts are left out.
    case duplicate
    /// Could not be read or extracted; ``LedgerEntry/reason`` says why.
    case failed
    /// Not a supported format, hidden, or a directory already visited (a symlink loop).
    case skipped
}

/// One row of `ledger.csv`: every input the walk met, so nothing is silently lost.
public struct LedgerEntry: Sendable, Hashable {
    /// The path as walked (the given path, then folder/file components).
    public var path: String
    /// `txt`, `docx`, `html`, or the file's own extension when unsupported.
    public var format: String
    /// The encoding the reader detected, when it was read.
    public var encoding: String
    public var status: LedgerStatus
    /// Why it failed or was skipped, or notes on an ingested file (diagnostics, unplaced facts).
    public var reason: String
    /// Facts extracted (0 unless ingested or duplicate).
    public var factCount: Int
    /// For a duplicate, the path of the first file with the same content.
    public var duplicateOf: String?

    public init(path: String, format: String, encoding: String = "", status: LedgerStatus, reason: String = "",
                factCount: Int = 0, duplicateOf: String? = nil) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.status = status
        self.reason = reason
        self.factCount = factCount
        self.duplicateOf = duplicateOf
    }
}
