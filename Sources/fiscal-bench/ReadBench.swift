import FiscalDisclosures
import Foundation

/// `fiscal-bench read FILE…`: reads each file whole (decode, PDF repair, layout, normalization)
/// and, separately, normalizes its lines; prints one JSON line per file and stage.
enum ReadBench {
    static func run(_ files: [String]) {
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("fiscal-bench: cannot read \(file)\n".utf8))
                exit(1)
            }
            let bytes = [UInt8](data)
            let options = DocumentReadOptions(maximumFileSize: Int.max)
            var best = Double.infinity
            var blocks = 0
            var encoding = ""
            for _ in 0..<3 {
                let start = Date()
                do {
                    let text = try DocumentReader.read(bytes: bytes, name: file, options: options)
                    blocks = text.blocks.count
                    encoding = text.encoding
                } catch {
                    FileHandle.standardError.write(Data("fiscal-bench: \(error.description)\n".utf8))
                    exit(1)
                }
                best = min(best, Date().timeIntervalSince(start))
            }
            report("read", file: file, bytes: bytes.count, seconds: best, extra: "\"blocks\": \(blocks), \"encoding\": \"\(encoding)\"")

            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            best = .infinity
            var characters = 0
            for _ in 0..<3 {
                let start = Date()
                characters = 0
                for line in lines { characters &+= TextNormalizer.normalize(line).utf8.count }
                best = min(best, Date().timeIntervalSince(start))
            }
            report("normalize", file: file, bytes: bytes.count, seconds: best, extra: "\"output_bytes\": \(characters)")
        }
    }

    static func report(_ stage: String, file: String, bytes: Int, seconds: Double, extra: String) {
        let rate = Double(bytes) / 1e6 / seconds
        print("{\"workload\": \"read.\(stage)\", \"file\": \"\((file as NSString).lastPathComponent)\", \"bytes\": \(bytes), "
            + "\"seconds\": \(String(format: "%.4f", seconds)), \"mb_per_s\": \(String(format: "%.1f", rate)), \(extra)}")
    }
}
