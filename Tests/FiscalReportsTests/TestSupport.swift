import Foundation

/// A fresh temporary directory for one test, removed by the caller with `cleanUp`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fiscal-reports-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Reads a fixture file as UTF-8.
func fixtureText(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureMissing(name: name)
    }
    return try String(contentsOf: url, encoding: .utf8)
}

struct FixtureMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "fixture \(name) is missing (set FISCAL_UPDATE_GOLDEN=1 to write it)" }
}

/// Compares `actual` with the golden fixture `name`; with FISCAL_UPDATE_GOLDEN=1 set, rewrites
/// the fixture in the source tree instead.
func matchesGolden(_ actual: String, _ name: String, filePath: String = #filePath) throws -> Bool {
    if ProcessInfo.processInfo.environment["FISCAL_UPDATE_GOLDEN"] == "1" {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
    return try fixtureText(name) == actual
}
