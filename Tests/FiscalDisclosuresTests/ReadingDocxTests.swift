import Testing
@testable import FiscalDisclosures

@Suite struct ReadingDocxTests {
    @Test func paragraphsInOrderWithBreaksAndWithoutDeletedText() throws {
        let text = try ReadingFixtures.read("reading", "budget.docx")
        #expect(text.format == .docx)
        #expect(ReadingFixtures.paragraphs(text) == [
            "中共某某县信访局2017年部门预算", "第一行", "第二行续", "删去", "单位:万元", "文本框里的说明", "公务接待费0.5万元。",
        ])
        #expect(text.diagnostics.isEmpty)
    }

    @Test func mergedCellsAreExpanded() throws {
        let text = try ReadingFixtures.read("reading", "budget.docx")
        let tables = ReadingFixtures.tables(text)
        #expect(tables.count == 2)
        let table = tables[0]
        #expect(table.unitText == "万元")
        #expect(ReadingFixtures.texts(table) == [
            ["项目", "预算数", "预算数"], ["基本支出", "468.03", "人员经费"], ["基本支出", "75.77", "公用经费"],
            ["", "项目支出", "2473.56"],
        ])
        #expect(table.rows[0].map(\.isContinuation) == [false, false, true])
        #expect(table.rows[2].map(\.isContinuation) == [true, false, false])
        // A continuation points at the source line of the cell it copies.
        #expect(table.rows[2][0].line == table.rows[1][0].line)
        #expect(text.sourceLines[table.rows[1][0].line - 1] == "基本支出")
    }

    @Test func nestedTableFollowsItsParent() throws {
        let text = try ReadingFixtures.read("reading", "budget.docx")
        let nested = ReadingFixtures.tables(text)[1]
        #expect(ReadingFixtures.texts(nested) == [["内表", "1.00"]])
    }

    @Test func textBoxIsReadOnce() throws {
        let text = try ReadingFixtures.read("reading", "budget.docx")
        #expect(ReadingFixtures.paragraphs(text).filter { $0 == "文本框里的说明" }.count == 1)
    }

    @Test func elementsAreKnownByTheirLocalNameInAnyCase() throws {
        let xml = #"<w:document><w:body><W:P><w:R><wx:T>甲</wx:T><W:TAB/><T>乙</T><w:Br/><wü:t>丙</wü:t></w:R></W:P>"#
            + #"<p><t>丁</t></p><w:p><w:t>戊</w:t><w:ptab/><w:tt>不读</w:tt></w:p></w:body></w:document>"#
        let text = try DocxReader.read(documentXML: Data(xml.utf8), name: "x.docx", options: DocumentReadOptions())
        #expect(text.sourceLines == ["甲 乙", "丙", "丁", "戊"])
    }

    @Test func skippedPartsByLocalName() throws {
        let xml = #"<w:document><w:body><w:p><w:r><w:t>留</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del>"#
            + #"<w:r><w:instrText>PAGE</w:instrText></w:r><mc:AlternateContent><mc:Choice><w:t>选</w:t></mc:Choice>"#
            + #"<mc:Fallback><w:t>备</w:t></mc:Fallback></mc:AlternateContent><x:fallback><w:t>另</w:t></x:fallback></w:p>"#
            + #"</w:body></w:document>"#
        let text = try DocxReader.read(documentXML: Data(xml.utf8), name: "x.docx", options: DocumentReadOptions())
        #expect(text.sourceLines == ["留选另"])
    }

    @Test func detectedByContentWhateverTheName() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ReadingFixtures.path("reading", "budget.docx"))))
        let text = try DocumentReader.read(bytes: bytes, name: "download.bin")
        #expect(text.format == .docx)
    }
}

import Foundation
