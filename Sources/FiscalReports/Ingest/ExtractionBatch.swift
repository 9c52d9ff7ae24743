import Foundation
import FiscalDisclosures

/// Extracts many disclosures at once, on all cores, keeping the order of the inputs.
///
/// Each input is a file or a folder. A file is read as given, whatever its name (the reader
/// detects the format, or says why it cannot read it). A folder is walked as ``InputWalker``
/// walks it: the supported files under it, in byte order of their paths. A file the walk cannot
/// open comes back as an unread document naming the reason; what it passes over (hidden files,
/// unsupported formats, symbolic link loops) is listed in ``Result/skipped``. Every input is
/// accounted for in one of the two.
///
/// ```swift
/// let batch = ExtractionBatch.extract(["Datasets/seeds", "notes/2017年部门预算.txt"])
/// for document in batch.documents where !document.isUnread { print(document.source, document.facts.count) }
/// for entry in batch.skipped { print(entry.path, entry.reason) }
/// ```
public enum ExtractionBatch {
    /// The documents of a batch and what the folder walks passed over.
    public struct Result: Sendable {
        /// One extraction per file, in input order (a folder's files in path order); unread
        /// files have an error diagnostic and no facts.
        public var documents: [DocumentExtraction]
        /// Folder entries that were not read, with the reason.
        public var skipped: [LedgerEntry]
    }

    /// Extracts every file of `inputs`.
    ///
    /// - Parameters:
    ///   - inputs: Files or folders.
    ///   - options: Reading limits and choices.
    /// - Returns: The documents and the skipped folder entries.
    /// - Complexity: O(total size of the files), spread over all cores.
    public static func extract(_ inputs: [String], options: DocumentReadOptions = DocumentReadOptions()) -> Result {
        var items: [Item] = []
        var skipped: [LedgerEntry] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                items.append(.file(input))
                continue
            }
            let walk = InputWalker.walk([input])
            // The walk lists files and failures separately; merge them back into path order.
            var entries = walk.files.map { (path: $0.path, item: Item.file($0.path)) }
            for entry in walk.ledger {
                if entry.status == .failed {
                    entries.append((entry.path, .unopened(entry.path, entry.reason)))
                } else {
                    skipped.append(entry)
                }
            }
            entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            items += entries.map(\.item)
        }
        let work = items
        let slots = ResultSlots<DocumentExtraction>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            switch work[index] {
            case .file(let path): slots.store(Disclosures.extract(fileAt: path, options: options), at: index)
            case .unopened(let path, let reason): slots.store(.unread(path, reason: reason), at: index)
            }
        }
        return Result(documents: slots.values { .unread(work[$0].path, reason: "not processed") }, skipped: skipped)
    }

    /// A file to read, or one the folder walk could not open and why.
    private enum Item: Sendable {
        case file(String)
        case unopened(String, String)

        var path: String {
            switch self {
            case .file(let path), .unopened(let path, _): return path
            }
        }
    }
}
