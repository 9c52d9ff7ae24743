import FiscalDisclosures
import Foundation
import Testing
@testable import FiscalReports

@Suite("Anomalies: reading a facts table")
struct AnomalyFactsTableTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("facts-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    let header = "source,encoding,agency,region,province,doc_year,doc_kind,scope,metric,category,value,unit,year,kind,origin,line,evidence,note\n"

    @Test("rows become documents with their facts")
    func read() throws {
        let path = try write(header + """
            a.txt,utf-8,溧阳市信访局,溧阳市,江苏省,2014,final,unit,sangong_total,,4100,万元,2014,final,stated,12,"“三公”经费0.41万元",
            a.txt,utf-8,溧阳市信访局,溧阳市,江苏省,2014,final,unit,reception_persons,,35,人次,2014,final,stated,14,接待35人次,
            a.txt,utf-8,溧阳市信访局,溧阳市,江苏省,2014,final,unit,sangong_total,,5000,万元,2013,final,derived,12,较上年减少,
            b.txt,gb18030,廊坊市信访局,廊坊市,,2017,budget,,sangong_reception,domestic,27800.5,万元,2017,budget,stated,30,接待费,
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let documents = try FactsTable.read(contentsOfFile: path)
        #expect(documents.map(\.source) == ["a.txt", "b.txt"])
        let a = documents[0]
        #expect(a.identity.agency == "溧阳市信访局")
        #expect(a.identity.year == 2014)
        #expect(a.identity.kind == .final)
        #expect(a.facts.count == 3)
        #expect(a.facts[1].value == .count(35))
        #expect(a.facts[2].origin == .derived)
        #expect(a.facts[2].year == 2013)
        #expect(a.facts[0].line == 12)
        let b = documents[1]
        #expect(b.facts[0].value.doubleValue == 27_800.5)
        #expect(b.facts[0].category == "domestic")
        #expect(b.identity.scope == nil)
    }

    @Test("a bad value names its row, column and text")
    func badValue() throws {
        let path = try write(header + "a.txt,utf-8,X局,,,2014,final,unit,sangong_total,,12x,万元,2014,final,stated,3,e,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try FactsTable.read(contentsOfFile: path)
        } throws: { error in
            guard let error = error as? FactsTable.ReadError else { return false }
            return error.row == 1 && error.column == "value" && error.text == "12x"
                && error.description.contains("row 1, column value")
        }
    }

    @Test("a table without the needed columns is an error")
    func missingColumn() throws {
        let path = try write("source,metric\na.txt,sangong_total\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FactsTable.ReadError.self) { try FactsTable.read(contentsOfFile: path) }
    }
}
