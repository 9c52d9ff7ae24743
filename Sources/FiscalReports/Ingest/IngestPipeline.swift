import Foundation
import Dispatch
import FiscalDisclosures

/// Reads a file into a ``DocumentExtraction``; throws when the file cannot be read at all.
public typealias DocumentExtractor = @Sendable (URL) throws -> DocumentExtraction

/// Checks that look across documents (trends, Benford, outliers) and return findings.
public typealias CrossDocumentCheck = @Sendable ([DocumentExtraction], Panel) -> [Finding]

/// Everything one ingest produced.
public struct IngestResult: Sendable {
    /// Ingested documents (not duplicates, not failures), sorted by path.
    public var documents: [DocumentExtraction]
    /// Every input the walk met, sorted by path.
    public var ledger: [LedgerEntry]
    public var panel: Panel
    /// Single-document findings, panel conflicts and cross-document findings, most severe first.
    public var findings: [Finding]
    /// Diagnostics from reading and extracting, in path order.
    public var diagnostics: [Diagnostic]

    /// Count of ledger rows per status.
    public func count(_ status: LedgerStatus) -> Int { ledger.filter { $0.status == status }.count }
}

/// The ingest pipeline: walk, read and extract in parallel, drop duplicates, build the panel,
/// run the checks.
///
/// Work is spread over `threads` workers taking the next file from a shared counter; each
/// result is stored at its file's index, so outputs are the same for 1 and N threads.
public struct IngestPipeline: Sendable {
    public var extractor: DocumentExtractor
    public var crossDocumentChecks: [CrossDocumentCheck]
    /// Worker count (at least 1).
    public var threads: Int

    public init(extractor: @escaping DocumentExtractor, crossDocumentChecks: [CrossDocumentCheck] = [],
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.extractor = extractor
        self.crossDocumentChecks = crossDocumentChecks
        self.threads = max(1, threads)
    }

    /// Runs the pipeline over `paths`.
    ///
    /// - Parameters:
    ///   - paths: Files and folders; outputs name files by these paths.
    ///   - base: The folder relative paths are resolved against (default: the working directory).
    ///   - progress: Advanced once per document read (optional).
    /// - Returns: The result; failures are ledger rows, never thrown.
    public func run(_ paths: [String], relativeTo base: URL? = nil, progress: ProgressBar? = nil) -> IngestResult {
        process(InputWalker.walk(paths, relativeTo: base?.path), relativeTo: base, progress: progress)
    }

    /// Runs the pipeline over the result of ``InputWalker/walk(_:relativeTo:)`` (so a caller
    /// can size a progress bar from the walk first).
    public func process(_ walk: (files: [InputFile], ledger: [LedgerEntry]), relativeTo base: URL? = nil,
                        progress: ProgressBar? = nil) -> IngestResult {
        let outcomes = extractAll(walk.files, base: base, progress: progress)

        var ledger = walk.ledger
        var documents: [DocumentExtraction] = []
        var diagnostics: [Diagnostic] = []
        var findings: [Finding] = []
        var firstByHash: [ContentHash: String] = [:]
        for (file, outcome) in zip(walk.files, outcomes) {
            switch outcome {
            case .failure(let reason):
                ledger.append(LedgerEntry(path: file.path, format: file.format.rawValue, status: .failed, reason: reason))
                diagnostics.append(Diagnostic(severity: .error, file: file.path, message: reason))
            case .success(let extraction, let hash):
                if let original = firstByHash[hash] {
                    ledger.append(LedgerEntry(path: file.path, format: file.format.rawValue, encoding: extraction.encoding,
                                              status: .duplicate, reason: "same content as \(original)",
                                              factCount: extraction.facts.count, duplicateOf: original))
                    continue
                }
                firstByHash[hash] = file.path
                documents.append(extraction)
                diagnostics += extraction.diagnostics
                findings += extraction.findings
                ledger.append(LedgerEntry(path: file.path, format: file.format.rawValue, encoding: extraction.encoding,
                                          status: .ingested, reason: Self.notes(for: extraction),
                                          factCount: extraction.facts.count))
            }
        }
        let built = PanelBuilder.build(documents)
        for index in ledger.indices where ledger[index].status == .ingested {
            if let count = built.unplaced[ledger[index].path] {
                let note = "\(count) facts without agency, year or kind are in facts.csv but not in the panel"
                ledger[index].reason = ledger[index].reason.isEmpty ? note : ledger[index].reason + "; " + note
            }
        }
        findings += built.findings
        for check in crossDocumentChecks { findings += check(documents, built.panel) }
        ledger.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return IngestResult(documents: documents, ledger: ledger, panel: built.panel,
                            findings: findings.sorted(by: FindingOrder.moreSevere), diagnostics: diagnostics)
    }

    enum Outcome: Sendable {
        case success(DocumentExtraction, ContentHash)
        case failure(String)
    }

    /// Extracts every file with bounded parallelism; results in file order.
    func extractAll(_ files: [InputFile], base: URL?, progress: ProgressBar?) -> [Outcome] {
        let results = ResultSlots<Outcome>(count: files.count)
        let extractor = self.extractor
        let workers = min(threads, max(files.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.nextIndex() {
                let file = files[index]
                let url = file.path.hasPrefix("/") || base == nil
                    ? URL(fileURLWithPath: file.path) : base!.appendingPathComponent(file.path)
                let outcome: Outcome
                do {
                    let extraction = try extractor(url).relocated(from: url.path, to: file.path)
                    let hash = extraction.facts.isEmpty
                        ? ContentHash.of(bytes: (try? Data(contentsOf: url)) ?? Data())
                        : ContentHash.of(extraction)
                    outcome = .success(extraction, hash)
                } catch {
                    // Name the file as walked, not by the absolute path the reader saw.
                    outcome = .failure(String(describing: error).replacingOccurrences(of: url.path, with: file.path))
                }
                results.store(outcome, at: index)
                progress?.advance()
            }
        }
        return results.values { _ in .failure("not processed") }
    }

    /// Ledger notes for an ingested document: its error and warning diagnostics, counted.
    static func notes(for extraction: DocumentExtraction) -> String {
        var parts: [String] = []
        if extraction.facts.isEmpty { parts.append("no figures found") }
        let errors = extraction.diagnostics.filter { $0.severity == .error }
        let warnings = extraction.diagnostics.filter { $0.severity == .warning }
        if let first = errors.first { parts.append("\(errors.count) errors, first: \(first.message)") }
        if !warnings.isEmpty { parts.append("\(warnings.count) warnings") }
        return parts.joined(separator: "; ")
    }
}

/// Slots for parallel results plus the shared work counter.
/// Result slots filled from concurrent workers: each index is taken once (``nextIndex()``) or
/// written once (``store(_:at:)``).
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func nextIndex() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Value, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = value
    }

    /// The values in index order, `missing(index)` for a slot never written.
    func values(missing: (Int) -> Value) -> [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.enumerated().map { $0.element ?? missing($0.offset) }
    }
}

/// The order findings are reported in: most severe first, then agency, year, check, source.
public enum FindingOrder {
    public static func moreSevere(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if (a.agency ?? "") != (b.agency ?? "") { return (a.agency ?? "").utf8.lexicographicallyPrecedes((b.agency ?? "").utf8) }
        if (a.year ?? 0) != (b.year ?? 0) { return (a.year ?? 0) < (b.year ?? 0) }
        if a.check != b.check { return a.check < b.check }
        if (a.source ?? "") != (b.source ?? "") { return (a.source ?? "").utf8.lexicographicallyPrecedes((b.source ?? "").utf8) }
        if a.message != b.message { return a.message.utf8.lexicographicallyPrecedes(b.message.utf8) }
        return (a.evidence.first?.line ?? 0) < (b.evidence.first?.line ?? 0)
    }
}

extension DocumentExtraction {
    /// The extraction with every reference to `absolute` (the path the reader saw) replaced by
    /// `path` (the path as walked), so outputs do not depend on the working directory.
    func relocated(from absolute: String, to path: String) -> DocumentExtraction {
        func fix(_ s: String) -> String { s == absolute || s == source ? path : s }
        var copy = self
        copy.source = path
        for i in copy.facts.indices { copy.facts[i].source = fix(copy.facts[i].source) }
        for i in copy.findings.indices {
            copy.findings[i].source = copy.findings[i].source.map(fix)
            for j in copy.findings[i].evidence.indices {
                copy.findings[i].evidence[j].source = fix(copy.findings[i].evidence[j].source)
            }
        }
        for i in copy.diagnostics.indices { copy.diagnostics[i].file = fix(copy.diagnostics[i].file) }
        return copy
    }
}
