// Export workloads: CSV (plain, Excel) and XLSX writing of a table with hostile and Chinese
// text; the files are kept for Scripts/verify-exports.
import FiscalReports
import Foundation

enum ReportBench {
    /// `fiscal-bench exports ROWS DIR`: writes DIR/sample.csv, DIR/sample-excel.csv and
    /// DIR/sample.xlsx and prints one JSON line per format with its time.
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 2, let rows = Int(arguments[0]), rows > 0 else {
            throw ExportBenchError(message: "usage: fiscal-bench exports ROWS DIR")
        }
        let directory = URL(fileURLWithPath: arguments[1], isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let table = sampleTable(rows: rows)
        func timed(_ name: String, _ body: () throws -> Data) throws {
            let start = Date()
            let data = try body()
            let seconds = Date().timeIntervalSince(start)
            try AtomicFile.write(data, to: directory.appendingPathComponent(name))
            print("{\"workload\": \"exports\", \"file\": \"\(name)\", \"rows\": \(rows), \"bytes\": \(data.count), \"seconds\": \(DisplayNumber.fixed(seconds, decimals: 4))}")
        }
        try timed("sample.csv") { CSVExport.plain.data(of: table) }
        try timed("sample-excel.csv") { CSVExport.excel.data(of: table) }
        try timed("sample.xlsx") { try XLSXWriter().data(for: [table, ExportTable(name: "第二页/sheet:2", columns: ["序号"], rows: [[.integer(1)]])]) }
    }

    /// Rows cycling through hostile and Chinese text, exact money and counts.
    static func sampleTable(rows: Int) -> ExportTable {
        let texts = ["溧阳市信访局", "=1+1", "+86 10 1234", "-2+3", "@SUM(A1:A2)", "中共廊坊市委信访局 “三公”经费",
                     "a,b \"quoted\"", "pipe | and <b>html</b>", "line\nbreak", "  padded  "]
        var table = ExportTable(name: "样例 sample", columns: ["机构 agency", "年度", "金额 (元)", "人次", "比率"])
        for i in 0..<rows {
            table.rows.append([
                .text(texts[i % texts.count]), .integer(2012 + i % 10), .money(fen: Int64(3_540_000 + i * 101)),
                .integer(466 + i % 7), .number(Double(3_540_000 + i * 101) / 100 / Double(466 + i % 7), decimals: 2),
            ])
        }
        return table
    }
}

struct ExportBenchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
