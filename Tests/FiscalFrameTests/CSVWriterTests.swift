import Testing
@testable import FiscalFrame

@Suite struct CSVWriterTests {
    static func sample() throws -> DataFrame {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "text", ["plain", "a,b", "say \"hi\"", "two\nlines", "", nil, "NA", " pad"]))
        try frame.append(Column<Double>(name: "x", [0.1, 210, 1e-5, -0.0, .nan, nil, .infinity, 1.5e300]))
        try frame.append(Column<Int>(name: "n", [1, -2, nil, 4, 5, 6, 7, 8]))
        try frame.append(Column<Bool>(name: "b", [true, false, nil, true, true, true, true, true]))
        try frame.append(Column<Money>(name: "m", [Money(fen: 123_456), nil, Money(fen: -5), .zero, .zero, .zero, .zero, .zero]))
        return frame
    }

    @Test func matchesGoldenFile() throws {
        #expect(try CSVWriter.string(try Self.sample()) == (try Fixture.text("writer_golden.csv")))
    }

    @Test func excelPresetWritesBOMAndCRLFAndEscapesFormulas() throws {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "t", ["=SUM(A1)", "+1", "-2", "@x", "\tx", "ok", "\"=q\""]))
        try frame.append(Column<Double>(name: "v", values: [-1.5, -2, 3, -4, 5, 6, 7]))
        let bytes = try CSVWriter.data(frame, options: .excel)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "t,v\r\n'=SUM(A1),-1.5\r\n'+1,-2\r\n'-2,3\r\n'@x,-4\r\n'\tx,5\r\nok,6\r\n\"\"\"=q\"\"\",7\r\n")
    }

    @Test func writesAndReadsAFile() throws {
        let path = FileManagerless.temporaryPath("writer-\(UInt32.random(in: 0...UInt32.max)).csv")
        let frame = try Self.sample()
        try frame.writeCSV(toFile: path)
        defer { FileManagerless.remove(path) }
        let back = try DataFrame(contentsOfCSVFile: path)
        #expect(back.rowCount == frame.rowCount)
        #expect(back["text"] == frame["text"])
        #expect(throws: CSVWritingError.self) { try frame.writeCSV(toFile: "/nonexistent-dir/x.csv") }
        var bad = CSVWritingOptions()
        bad.delimiter = "，"
        #expect(throws: CSVWritingError.self) { try CSVWriter.data(frame, options: bad) }
    }
}

import Glibc

/// Temporary files without Foundation's FileManager.
enum FileManagerless {
    static func temporaryPath(_ name: String) -> String { "/tmp/fiscalframe-tests-\(getpid())-\(name)" }
    static func remove(_ path: String) { unlink(path) }
}
