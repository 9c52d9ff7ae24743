// The extraction workload: every disclosure of a folder read once into memory, then extracted
// on 1 thread and on all threads. Prints one JSON line per measurement.
import FiscalDisclosures
import Foundation

enum ExtractionBench {
    /// `extract DIR [THREADS…]`: measures extraction alone (from `DocumentText`) and reading plus
    /// extraction (from bytes), each the best of three runs, for each thread count (default: 1 and
    /// all cores).
    static func run(_ arguments: [String]) {
        guard let folder = arguments.first else {
            FileHandle.standardError.write(Data("usage: fiscal-bench extract DIR [THREADS…]\n".utf8))
            exit(2)
        }
        // Every disclosure under the folder, recursively, in path order.
        let names = ((FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []).sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".docx") }
        let files: [(String, [UInt8])] = names.compactMap { name in
            let path = (folder as NSString).appendingPathComponent(name)
            return FileManager.default.contents(atPath: path).map { (path, [UInt8]($0)) }
        }
        let bytes = files.reduce(0) { $0 + $1.1.count }
        let texts: [DocumentText] = files.compactMap { try? DocumentReader.read(bytes: $0.1, name: $0.0) }
        let threadCounts = arguments.count > 1 ? arguments.dropFirst().compactMap { Int($0) }
            : [1, ProcessInfo.processInfo.activeProcessorCount]
        let extractor = DisclosureExtractor()
        for threads in threadCounts {
            // Extraction alone, best of three.
            var best = Double.infinity
            var facts = 0
            for _ in 0..<3 {
                let counts = Counts(threads)
                let start = Date()
                DispatchQueue.concurrentPerform(iterations: threads) { worker in
                    var n = 0
                    while let i = counts.nextDocument(below: texts.count) { n += extractor.extract(texts[i]).facts.count }
                    counts.set(worker, n)
                }
                best = min(best, Date().timeIntervalSince(start))
                facts = counts.total
            }
            emit("extract", threads: threads, documents: texts.count, bytes: bytes, seconds: best, facts: facts)
            // Reading and extraction from bytes, best of three.
            best = .infinity
            for _ in 0..<3 {
                let counts = Counts(threads)
                let start = Date()
                DispatchQueue.concurrentPerform(iterations: threads) { worker in
                    var n = 0
                    while let i = counts.nextDocument(below: files.count) {
                        if let text = try? DocumentReader.read(bytes: files[i].1, name: files[i].0) {
                            n += extractor.extract(text).facts.count
                        }
                    }
                    counts.set(worker, n)
                }
                best = min(best, Date().timeIntervalSince(start))
                facts = counts.total
            }
            emit("read+extract", threads: threads, documents: files.count, bytes: bytes, seconds: best, facts: facts)
        }
    }

    private static func emit(_ workload: String, threads: Int, documents: Int, bytes: Int, seconds: Double, facts: Int) {
        let mbps = Double(bytes) / 1_000_000 / seconds
        let line = "{\"workload\": \"\(workload)\", \"threads\": \(threads), \"documents\": \(documents), "
            + "\"bytes\": \(bytes), \"seconds\": \(String(format: "%.4f", seconds)), "
            + "\"mb_per_s\": \(String(format: "%.1f", mbps)), "
            + "\"docs_per_s\": \(String(format: "%.0f", Double(documents) / seconds)), \"facts\": \(facts)}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// The next document to take and per-worker fact counts, shared by concurrent workers.
    /// Workers take documents one at a time, as ingest does, so a slow stretch of the corpus
    /// does not leave one core idle.
    final class Counts: @unchecked Sendable {
        private var values: [Int]
        private var next = 0
        private let lock = NSLock()
        init(_ n: Int) { values = Array(repeating: 0, count: n) }
        func nextDocument(below count: Int) -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                next += 1
                return next - 1
            }
        }
        func set(_ i: Int, _ v: Int) { lock.withLock { values[i] = v } }
        var total: Int { lock.withLock { values.reduce(0, +) } }
    }
}
