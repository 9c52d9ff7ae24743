import Foundation
import Testing
@testable import FiscalReports

@Suite struct InputWalkerTests {
    @Test func listsSupportedFilesSortedAndEverythingElseInTheLedger() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("x", to: "b/two.TXT")
        try temp.write("x", to: "a/one.docx")
        try temp.write("x", to: "a/page.htm")
        try temp.write("x", to: "a/table.csv")
        try temp.write("x", to: "a/README")
        try temp.write("x", to: "a/.hidden.txt")
        let root = temp.url.path
        let walk = InputWalker.walk([root])
        #expect(walk.files.map(\.path) == ["\(root)/a/one.docx", "\(root)/a/page.htm", "\(root)/b/two.TXT"])
        #expect(walk.files.map(\.format) == [.docx, .html, .text])
        let skipped = Dictionary(uniqueKeysWithValues: walk.ledger.map { ($0.path, $0) })
        #expect(skipped["\(root)/a/table.csv"]?.status == .skipped)
        #expect(skipped["\(root)/a/table.csv"]?.reason.contains("unsupported format .csv") == true)
        #expect(skipped["\(root)/a/README"]?.reason.contains("no file extension") == true)
        #expect(skipped["\(root)/a/.hidden.txt"]?.reason == "hidden")
    }

    @Test func symlinkLoopIsSkippedNotFollowedForever() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("x", to: "d/doc.txt")
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/d/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/d/self", withDestinationPath: ".")
        let walk = InputWalker.walk([temp.url.path])
        #expect(walk.files.count == 1)
        let loops = walk.ledger.filter { $0.reason.contains("directory already walked") }
        #expect(loops.count == 2)
        #expect(loops.allSatisfy { $0.status == .skipped })
    }

    @Test func brokenLinksAndMissingPathsFailWithReason() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/gone.txt", withDestinationPath: "nowhere.txt")
        let missing = temp.url.path + "/missing"
        let walk = InputWalker.walk([temp.url.path, missing])
        #expect(walk.files.isEmpty)
        let byPath = Dictionary(uniqueKeysWithValues: walk.ledger.map { ($0.path, $0) })
        #expect(byPath[temp.url.path + "/gone.txt"]?.reason == "broken symbolic link")
        #expect(byPath[missing]?.status == .failed)
        #expect(byPath[missing]?.reason.contains("No such file") == true)
    }

    @Test func secondLinkToTheSameFileIsSkipped() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("x", to: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/b.txt", withDestinationPath: "a.txt")
        let walk = InputWalker.walk([temp.url.path])
        #expect(walk.files.map { ($0.path as NSString).lastPathComponent } == ["a.txt"])
        #expect(walk.ledger.first?.reason.contains("same file already walked") == true)
    }

    @Test func unreadableFileAndDirectoryFail() throws {
        // Root reads everything regardless of mode bits, so there is nothing to observe then.
        guard getuid() != 0 else { return }
        let temp = try TemporaryDirectory()
        defer {
            chmod(temp.url.path + "/locked", 0o755)
            temp.cleanUp()
        }
        try temp.write("x", to: "secret.txt")
        try temp.write("x", to: "locked/inner.txt")
        chmod(temp.url.path + "/secret.txt", 0)
        chmod(temp.url.path + "/locked", 0)
        let walk = InputWalker.walk([temp.url.path])
        #expect(walk.files.isEmpty)
        #expect(walk.ledger.filter { $0.status == .failed && $0.reason.contains("Permission denied") }.count == 2)
    }
}
