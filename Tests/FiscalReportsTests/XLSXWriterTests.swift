import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import FiscalReports

/// Collects elements and their attributes, and the text of `<t>` elements.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String] = []
    private var inText = false
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "t" { inText = true; current = "" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { texts.append(current); inText = false }
    }
}

@Suite struct XLSXWriterTests {
    static let tables = [
        ExportTable(name: "三公经费/per:unit?", columns: ["机构", "年度", "接待费"], rows: [
            [.text("溧阳市信访局"), .integer(2014), .money(fen: 3_540_000)],
            [.text("=cmd|' /C calc'!A0"), .integer(2017), .number(75.97, decimals: 2)],
            [.text(" a & <b> "), .empty, .number(-0.5, decimals: 1)],
        ]),
        ExportTable(name: String(repeating: "很长的表名", count: 10), columns: ["x"], rows: [[.integer(1)]]),
        ExportTable(name: String(repeating: "很长的表名", count: 10), columns: ["y"], rows: []),
    ]

    func entries(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var result: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            result[entry.path] = bytes
        }
        return result
    }

    func parse(_ data: Data?) throws -> XMLCollector {
        let data = try #require(data)
        let parser = XMLParser(data: data)
        let collector = XMLCollector()
        parser.delegate = collector
        #expect(parser.parse(), "XML does not parse")
        return collector
    }

    @Test func packageHasAllPartsAndEveryPartParses() throws {
        let parts = try entries(try XLSXWriter().data(for: Self.tables))
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                     "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"] {
            _ = try parse(parts[name])
        }
    }

    @Test func sheetNamesAreSanitizedBoundedAndUnique() throws {
        let workbook = try parse(try entries(try XLSXWriter().data(for: Self.tables))["xl/workbook.xml"])
        let names = workbook.elements.filter { $0.name == "sheet" }.compactMap { $0.attributes["name"] }
        #expect(names.count == 3)
        #expect(names[0] == "三公经费_per_unit_")
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) })
        #expect(Set(names.map { $0.lowercased() }).count == 3)
    }

    @Test func numbersAreNumbersTextIsSharedHeaderBoldAndFrozen() throws {
        let parts = try entries(try XLSXWriter().data(for: Self.tables))
        let strings = try parse(parts["xl/sharedStrings.xml"]).texts
        let sheet = try parse(parts["xl/worksheets/sheet1.xml"])
        let cells = sheet.elements.filter { $0.name == "c" }
        let a1 = try #require(cells.first { $0.attributes["r"] == "A1" })
        #expect(a1.attributes["t"] == "s" && a1.attributes["s"] == "1")
        let c2 = try #require(cells.first { $0.attributes["r"] == "C2" })
        #expect(c2.attributes["t"] == nil)
        #expect(cells.first { $0.attributes["r"] == "B4" } == nil, "empty cells are omitted")
        let a3 = try #require(cells.first { $0.attributes["r"] == "A3" })
        #expect(a3.attributes["s"] == "2", "formula-looking text gets the quote-prefix style")
        let pane = try #require(sheet.elements.first { $0.name == "pane" })
        #expect(pane.attributes["state"] == "frozen" && pane.attributes["ySplit"] == "1")
        #expect(strings.contains("溧阳市信访局"))
        #expect(strings.contains("=cmd|' /C calc'!A0"))
        #expect(strings.contains(" a & <b> "))
        let sheetText = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(sheetText.contains("<c r=\"C2\"><v>35400</v></c>"))
        #expect(sheetText.contains("<c r=\"C3\"><v>75.97</v></c>"))
        #expect(!sheetText.contains("<f>"))
        let widths = sheet.elements.filter { $0.name == "col" }.compactMap { Int($0.attributes["width"] ?? "") }
        #expect(widths.first == 20, "the widest cell (18 columns) plus 2")
    }

    @Test func outputIsDeterministic() throws {
        #expect(try XLSXWriter().data(for: Self.tables) == XLSXWriter().data(for: Self.tables))
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(XLSXWriter.columnName(index) == name)
    }

    @Test func displayWidthCountsCJKDouble() {
        #expect(XLSXWriter.displayWidth("溧阳abc") == 7)
        #expect(XLSXWriter.displayWidth("（１）") == 6)
    }
}
