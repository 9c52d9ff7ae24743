import Foundation
import Testing
@testable import FiscalReports

@Suite struct CSVExportTests {
    let table = ExportTable(name: "t", columns: ["agency", "value", "note"], rows: [
        [.text("溧阳市信访局"), .money(fen: 3_540_000), .text("=HYPERLINK(\"http://x\")")],
        [.text("a,b"), .number(-12.5, decimals: 2), .text("-1+2")],
        [.text("line\nbreak"), .integer(466), .text("@SUM(A1)")],
        [.text(" padded"), .empty, .text("\"quoted\"")],
    ])

    @Test func plainCSVEscapesFormulasButNotNumbers() {
        let expected = """
        agency,value,note
        溧阳市信访局,35400,"'=HYPERLINK(""http://x"")"
        "a,b",-12.5,'-1+2
        "line
        break",466,'@SUM(A1)
        " padded",,\"""quoted""\"

        """
        #expect(CSVExport.plain.text(of: table) == expected)
    }

    @Test func excelPresetHasBOMAndCRLF() {
        let data = CSVExport.excel.data(of: table)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").count == 6)
    }

    @Test(arguments: ["=1", "+1", "-x", "@x", "\tx", "\rx", "＝1"])
    func formulaPrefixesAreDetected(_ value: String) {
        #expect(CSVExport.looksLikeFormula(value))
    }

    @Test func shortRowsArePadded() {
        let short = ExportTable(name: "s", columns: ["a", "b", "c"], rows: [[.integer(1)]])
        #expect(CSVExport.plain.text(of: short) == "a,b,c\n1,,\n")
    }
}
