import Foundation

/// A scratch folder with a small corpus for the main-job commands.
struct CLIScratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fiscal-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }

    func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// The repository root (for Datasets/).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Copies the two seed disclosures and adds `count` small distinct text files, a file in an
    /// unsupported format and an empty file.
    func makeCorpus(count: Int = 20) throws {
        let seeds = Self.repositoryRoot.appendingPathComponent("Datasets/seeds")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("corpus/seeds"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: url.appendingPathComponent("corpus/seeds/\(name)"))
        }
        for i in 0..<count {
            try write("2015年度测试局\(i)决算\n“三公”经费\(i + 1)万元。\n", to: "corpus/extra/doc-\(i).txt")
        }
        try write("not a disclosure", to: "corpus/notes.pdf")
        try write("", to: "corpus/empty.txt")
    }

    /// Every file under `relative` with its bytes, by relative path.
    func snapshot(_ relative: String) throws -> [String: Data] {
        let root = url.appendingPathComponent(relative)
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.path + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: root.appendingPathComponent(path))
            }
        }
        return result
    }

    /// Names in the scratch folder (hidden staging folders included).
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Waits (up to 20 s) until a run writing `name` has made its hidden staging folder; true
    /// when it appeared. By then the run has installed its signal handlers.
    func waitForStaging(of name: String) throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if try entries().contains(where: { $0.hasPrefix(".\(name).partial-") }) { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }
}

extension CLIRunner {
    /// Starts `fiscal` without waiting, output discarded.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = fiscalURL
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
