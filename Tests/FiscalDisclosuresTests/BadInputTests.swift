import Foundation
import Testing
@testable import FiscalDisclosures

/// Hostile and damaged inputs: each yields a readable error (or diagnostic) naming the file.
@Suite struct BadInputTests {
    @Test(arguments: [
        ("empty.txt", DocumentReadError.Reason.empty),
        ("garbage.bin", .binaryContent),
        ("billion-laughs.docx", .entityDeclaration),
        ("external-entity.docx", .entityDeclaration),
    ])
    func refusedWithTheReason(file: String, reason: DocumentReadError.Reason) throws {
        let error = try #require(try ReadingFixtures.error("bad-input", file))
        #expect(error.reason == reason)
        #expect(error.description.hasPrefix(try ReadingFixtures.path("bad-input", file) + ": "))
    }

    @Test(arguments: [
        ("<!ENTITY", true), ("<!entity x>", true), ("<a/><!-- <!EnTiTy --><b/>", true), ("x<!ENTITY", true),
        ("", false), ("<!ENTIT", false), ("<!ENTITX>", false), ("< !ENTITY", false), ("!ENTITY", false), ("<!!ENTITY", false),
        ("<w:t>预算!</w:t>", false),
    ])
    func entityDeclarationsAreFoundAnywhere(markup: String, isRefused: Bool) {
        var refused = false
        do throws(DocumentReadError) {
            try MarkupSafety.refuseEntityDeclarations(Data(markup.utf8), file: "x.xml")
        } catch {
            refused = error.reason == .entityDeclaration
        }
        #expect(refused == isRefused)
    }

    @Test func truncatedDocx() throws {
        let error = try #require(try ReadingFixtures.error("bad-input", "truncated.docx"))
        guard case .truncatedArchive = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(error.description.contains("truncated.docx: truncated archive"))
    }

    @Test func zipBombStopsAtTheRatioLimit() throws {
        let error = try #require(try ReadingFixtures.error("bad-input", "bomb.docx"))
        guard case .limitExceeded(let detail) = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(detail.contains("expands more than 200×"))
    }

    @Test func zipBombStopsAtTheSizeLimit() throws {
        let options = DocumentReadOptions(maximumUncompressedSize: 1 << 20, maximumCompressionRatio: 100_000)
        let error = try #require(try ReadingFixtures.error("bad-input", "bomb.docx", options: options))
        guard case .limitExceeded(let detail) = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(detail.contains("over the limit") || detail.contains("past the limit"))
    }

    @Test func entryCountLimit() throws {
        #expect(try ReadingFixtures.error("bad-input", "many-entries.docx") == nil)
        let error = try #require(try ReadingFixtures.error("bad-input", "many-entries.docx",
            options: DocumentReadOptions(maximumArchiveEntries: 20)))
        #expect(error.reason == .limitExceeded("the archive lists more than 20 entries"))
    }

    @Test func undeclaredEntityReferencesStayLiteral() throws {
        // Without a declaration nothing can be expanded; a reference is kept as written.
        let xml = #"<w:document><w:body><w:p><w:r><w:t>&xxe;&amp;&#x9884;</w:t></w:r></w:p></w:body></w:document>"#
        let text = try DocxReader.read(documentXML: Data(xml.utf8), name: "x.docx", options: DocumentReadOptions())
        #expect(ReadingFixtures.paragraphs(text) == ["&xxe;&预"])
    }

    @Test func brokenXMLKeepsTheTextBeforeTheDamage() throws {
        let text = try ReadingFixtures.read("bad-input", "broken-xml.docx")
        #expect(ReadingFixtures.paragraphs(text) == ["前面的段落", "断开"])
        #expect(text.diagnostics.contains { $0.severity == .warning && $0.message.contains("ends before its elements are closed") })
    }

    @Test(arguments: [("not-word.docx", "not a Word document"), ("scan.pdf", "PDF"), ("undecodable.txt", "offset 8")])
    func unsupportedOrUndecodable(file: String, fragment: String) throws {
        let error = try #require(try ReadingFixtures.error("bad-input", file))
        #expect(error.description.contains(fragment))
    }

    @Test func txtThatIsReallyGB18030() throws {
        let text = try ReadingFixtures.read("reading", "gb18030.txt")
        #expect(text.encoding == "gb18030")
    }

    @Test func utf16WithoutBOM() throws {
        #expect(try ReadingFixtures.read("reading", "utf16le-nobom.txt").encoding == "utf-16le")
        #expect(try ReadingFixtures.read("reading", "utf16be-nobom.txt").encoding == "utf-16be")
    }

    @Test func deeplyNestedHTMLIsReadWithAWarning() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "预算收入100万元" + String(repeating: "</div>", count: depth)
        let text = try DocumentReader.read(bytes: Array(html.utf8), name: "nested.html")
        #expect(ReadingFixtures.paragraphs(text) == ["预算收入100万元"])
        #expect(text.diagnostics.contains { $0.message.contains("nested more than 512 levels") })
    }

    @Test func deeplyNestedDocxXMLIsRefused() throws {
        let depth = 2_000
        let xml = "<w:document><w:body>" + String(repeating: "<w:sdt>", count: depth) + String(repeating: "</w:sdt>", count: depth)
            + "</w:body></w:document>"
        var parser = DocxDocumentParser(file: "deep.docx", maximumDepth: 512)
        #expect(throws: DocumentReadError(file: "deep.docx", reason: .tooDeeplyNested(limit: 512))) {
            try parser.parse(Data(xml.utf8))
        }
    }

    @Test func hugeTextFileIsRefusedBeforeLoading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fiscal-bad-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.txt").path
        // 100 MB, sparse: written by extending the file, not by holding it in memory.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("预算收入\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        do {
            _ = try DocumentReader.read(fileAt: path)
            Issue.record("expected tooLarge")
        } catch {
            #expect(error.reason == .tooLarge(size: 100_000_000, limit: 64 << 20))
            #expect(error.description.contains("huge.txt"))
        }
    }

    @Test func unreadableFileThroughAnInjectedFailure() throws {
        // Tests run as root, where chmod 000 does not stop reads: inject the failure instead.
        let path = try ReadingFixtures.path("reading", "crlf.txt")
        do {
            _ = try FileLoading.load(path, limit: 1 << 20, open: { path in
                throw DocumentReadError(file: path, reason: .unreadable("Permission denied"))
            })
            Issue.record("expected unreadable")
        } catch {
            #expect(error.description == "\(path): cannot read the file: Permission denied")
        }
    }

    @Test func missingFileAndDirectory() throws {
        #expect(throws: DocumentReadError(file: "/nonexistent/a.txt", reason: .unreadable("No such file or directory"))) {
            try DocumentReader.read(fileAt: "/nonexistent/a.txt")
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: DocumentReadError(file: folder, reason: .unreadable("it is a directory"))) {
            try DocumentReader.read(fileAt: folder)
        }
    }

    @Test func symlinkLoopIsUnreadable() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fiscal-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.txt").path
        let second = directory.appendingPathComponent("b.txt").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        #expect(throws: DocumentReadError(file: first, reason: .unreadable("Too many levels of symbolic links"))) {
            try DocumentReader.read(fileAt: first)
        }
    }

    @Test func htmlDeclaringGB2312ButWrittenInUTF8() throws {
        let html = "<meta charset=gb2312><p>预算收入100万元</p>"
        let text = try DocumentReader.read(bytes: Array(html.utf8), name: "mislabelled.html")
        #expect(ReadingFixtures.paragraphs(text) == ["预算收入100万元"])
        #expect(text.encoding == "utf-8")
        #expect(text.diagnostics.contains { $0.severity == .warning && $0.message.contains("declares charset gb2312") })
    }

    @Test func htmlDeclaringUTF8ButWrittenInGB18030() throws {
        let body = "<p>预算收入一百万元,其中一般公共预算收入一百万元。</p>"
        var bytes = Array("<meta charset=\"utf-8\">".utf8)
        bytes += try #require(body.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let text = try DocumentReader.read(bytes: bytes, name: "mislabelled.html")
        #expect(text.encoding == "gb18030")
        #expect(ReadingFixtures.paragraphs(text) == ["预算收入一百万元,其中一般公共预算收入一百万元。"])
        #expect(text.diagnostics.contains { $0.message.contains("declares charset utf-8 but its bytes are not UTF-8") })
    }

    @Test func errorBecomesADiagnosticForABatch() {
        let error = DocumentReadError(file: "a.docx", reason: .truncatedArchive("x"))
        #expect(error.diagnostic == Diagnostic(severity: .error, file: "a.docx", message: "truncated archive: x"))
    }
}
