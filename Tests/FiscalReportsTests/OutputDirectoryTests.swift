import Foundation
import Testing
@testable import FiscalReports

@Suite struct OutputDirectoryTests {
    @Test func commitCreatesDestinationWithFiles() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let out = temp.url.appendingPathComponent("out")
        let directory = try OutputDirectory(destination: out)
        try directory.write("a,b\n", to: "facts.csv")
        try directory.write("<svg/>", to: "charts/one.svg")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try directory.commit()
        #expect(try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8) == "a,b\n")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/one.svg").path))
        #expect(try temp.contents() == ["out"])
    }

    @Test func commitReplacesPreviousOutputsWhole() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let out = temp.url.appendingPathComponent("out")
        let first = try OutputDirectory(destination: out)
        try first.write("old", to: "old.txt")
        try first.commit()
        let second = try OutputDirectory(destination: out)
        try second.write("new", to: "new.txt")
        try second.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["new.txt"])
        #expect(try temp.contents() == ["out"])
    }

    @Test func discardLeavesPreviousOutputsIntact() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let out = temp.url.appendingPathComponent("out")
        let first = try OutputDirectory(destination: out)
        try first.write("old", to: "report.md")
        try first.commit()
        let second = try OutputDirectory(destination: out)
        try second.write("half", to: "report.md")
        second.discard()
        #expect(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8) == "old")
        #expect(try temp.contents() == ["out"])
    }

    @Test(arguments: ["../escape.txt", "/etc/passwd", "a/../../b", "", "a//b", "./x"])
    func rejectsPathsOutsideTheDirectory(_ path: String) throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let directory = try OutputDirectory(destination: temp.url.appendingPathComponent("out"))
        defer { directory.discard() }
        #expect(throws: OutputError.self) { try directory.write("x", to: path) }
    }

    @Test func refusesAFileAsDestination() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let file = temp.url.appendingPathComponent("out")
        try Data("keep".utf8).write(to: file)
        #expect(throws: OutputError.self) { try OutputDirectory(destination: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep")
    }

    @Test func removesStagingLeftByADeadProcess() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        // PID 2^22+1 is above Linux's pid_max default and cannot be alive.
        let stale = temp.url.appendingPathComponent(".out.partial-4194305-abcdef")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let directory = try OutputDirectory(destination: temp.url.appendingPathComponent("out"))
        directory.discard()
        #expect(try temp.contents() == [])
    }

    @Test func atomicFileReplacesContentAndLeavesNoTemporary() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let file = temp.url.appendingPathComponent("ledger.csv")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try temp.contents() == ["ledger.csv"])
        #expect(InterruptCleanup.shared.registeredPaths.allSatisfy { !$0.hasPrefix(temp.url.path) })
    }

    @Test func atomicFileNamesTheMissingDirectory() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/f.csv")
        let error = try #require(throws: OutputError.self) { try AtomicFile.write(Data(), to: missing) }
        #expect(error.description.contains(missing.path))
    }
}
