import FiscalDisclosures
import Foundation
import Testing
@testable import FiscalReports

@Suite struct ExtractionBatchTests {
    static let disclosure = """
        溧阳市信访局2014年度部门决算
        2014年度“三公”经费支出3.54万元，其中公务接待费3.54万元。
        """

    @Test func foldersAreWalkedInPathOrderBesideFilesGivenDirectly() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write(Self.disclosure, to: "folder/b.txt")
        try temp.write(Self.disclosure, to: "folder/a/one.txt")
        try temp.write("x", to: "folder/.hidden.txt")
        try temp.write("x", to: "folder/table.csv")
        try temp.write(Self.disclosure, to: "direct.text")
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/folder/gone.txt", withDestinationPath: "nowhere.txt")
        let root = temp.url.path
        let batch = ExtractionBatch.extract(["\(root)/direct.text", "\(root)/folder"])
        #expect(batch.documents.map(\.source) == ["\(root)/direct.text", "\(root)/folder/a/one.txt",
                                                  "\(root)/folder/b.txt", "\(root)/folder/gone.txt"])
        // A file given directly is read whatever its extension; folder files are extracted.
        #expect(batch.documents[0].facts.contains { $0.metric == "sangong_total" && $0.value.doubleValue == 35_400 })
        #expect(batch.documents[2].facts.contains { $0.metric == "sangong_reception" })
        // The broken link is an unread document naming the reason.
        #expect(batch.documents[3].isUnread)
        #expect(batch.documents[3].diagnostics.first?.message == "broken symbolic link")
        // What the walk passes over is listed with its reason.
        let skipped = Dictionary(uniqueKeysWithValues: batch.skipped.map { ($0.path, $0.reason) })
        #expect(skipped.keys.sorted() == ["\(root)/folder/.hidden.txt", "\(root)/folder/table.csv"])
        #expect(skipped["\(root)/folder/.hidden.txt"] == "hidden")
    }

    @Test func missingFilesAreUnreadAndTheBatchGoesOn() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write(Self.disclosure, to: "ok.txt")
        let batch = ExtractionBatch.extract([temp.url.path + "/missing.txt", temp.url.path + "/ok.txt"])
        #expect(batch.documents.count == 2)
        #expect(batch.documents[0].isUnread)
        #expect(batch.documents[0].diagnostics.first?.file == temp.url.path + "/missing.txt")
        #expect(!batch.documents[1].isUnread)
        #expect(batch.skipped.isEmpty)
    }
}
