import ArgumentParser
import FiscalFrame
import Foundation

/// `fiscal table`: filter, group, aggregate, sort and print a CSV file.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Query a CSV file like a spreadsheet: filter, group, aggregate, sort, print.",
        discussion: """
            Steps run in this order: --where, --group-by with the aggregations, --sort, --select, \
            --head. Without --group-by, aggregations reduce the whole table to one row.

            Examples:
              fiscal table facts.csv --where "year >= 2015 && metric == 'sangong_total'" \\
                  --group-by agency --sum value --sort -value_sum
              fiscal table panel.csv --select agency,year,value --format markdown
            """)

    @Argument(help: "The CSV file to read.")
    var file: String

    @Option(name: .customLong("where"), help: "Keep rows matching an expression, e.g. \"year >= 2015 && agency contains '局'\". Repeat to combine with and.")
    var filters: [String] = []

    @Option(name: .customLong("group-by"), help: "Comma-separated key columns.")
    var groupBy: String?

    @Option(help: "Columns to sum (comma-separated, repeatable).") var sum: [String] = []
    @Option(help: "Columns to average.") var mean: [String] = []
    @Option(help: "Columns to take the median of.") var median: [String] = []
    @Option(help: "Columns to take the minimum of.") var min: [String] = []
    @Option(help: "Columns to take the maximum of.") var max: [String] = []
    @Option(help: "Columns to take the sample standard deviation of.") var std: [String] = []
    @Option(help: "Columns whose present cells to count.") var count: [String] = []
    @Option(name: .customLong("agg"), help: "Other aggregations as column:function, e.g. value:q90 or agency:nunique.")
    var aggregations: [String] = []
    @Flag(name: .customLong("size"), help: "Add the number of rows in each group as 'rows'.")
    var includesSize = false

    @Option(parsing: .unconditional, help: "Comma-separated sort keys; prefix '-' for descending, e.g. -value_sum,agency.")
    var sort: String?

    @Option(help: "Comma-separated columns to keep, in order.")
    var select: String?

    @Option(help: "Print only the first N rows.")
    var head: Int?

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Input encoding: auto, utf8, gb18030 (also gbk), utf16le, utf16be.")
    var encoding: String = "auto"

    @Option(help: "Field delimiter (one character; 'tab' for tabs).")
    var delimiter: String = ","

    @Option(name: .customLong("type"), help: "Column type override as column=type (int, double, string, bool, money). Repeatable.")
    var types: [String] = []

    @Option(help: "Decimals for doubles in table and markdown output (default: shortest exact).")
    var digits: Int?

    @Flag(help: "Write a UTF-8 BOM, CRLF and formula escaping for Excel (csv format).")
    var excel = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, markdown
    }

    func run() throws {
        do {
            let request = try makeRequest()
            let result = try request.run()
            if let note = result.note { FileHandle.standardError.write(Data((note + "\n").utf8)) }
            try emit(result.frame)
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("fiscal table: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func makeRequest() throws -> TableQuery {
        var options = CSVReadingOptions()
        guard let encoding = TextEncoding(spelling: encoding) else {
            throw ValidationError("unknown encoding '\(self.encoding)'; use auto, utf8, gb18030, utf16le or utf16be")
        }
        options.encoding = encoding
        let delimiterText = delimiter == "tab" || delimiter == "\\t" ? "\t" : delimiter
        guard delimiterText.count == 1, let d = delimiterText.first, d.isASCII else {
            throw ValidationError("the delimiter must be one ASCII character")
        }
        options.delimiter = d
        for spec in types {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = DataType(rawValue: parts[1].lowercased()) else {
                throw ValidationError("--type wants column=type with type int, double, string, bool or money; got '\(spec)'")
            }
            options.columnTypes[parts[0]] = type
        }
        var aggregations: [Aggregation] = []
        for (list, function) in [(sum, AggregateFunction.sum), (mean, .mean), (median, .median), (min, .min),
                                 (max, .max), (std, .std), (count, .count)] {
            for column in Self.names(list) { aggregations.append(Aggregation(column, function)) }
        }
        for spec in self.aggregations {
            guard let colon = spec.lastIndex(of: ":"),
                  let function = AggregateFunction(spelling: String(spec[spec.index(after: colon)...]))
            else {
                throw ValidationError("--agg wants column:function (sum, mean, median, min, max, std, var, count, first, last, nunique, q25…); got '\(spec)'")
            }
            aggregations.append(Aggregation(String(spec[..<colon]), function))
        }
        return TableQuery(
            path: file, options: options, filters: filters, groupBy: groupBy.map { Self.names([$0]) } ?? [],
            aggregations: aggregations, includesSize: includesSize,
            sort: sort.map { Self.names([$0]).map(SortKey.init(spelling:)) } ?? [],
            select: select.map { Self.names([$0]) }, head: head)
    }

    private static func names(_ lists: [String]) -> [String] {
        lists.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func emit(_ frame: DataFrame) throws {
        var formatting = TableFormattingOptions()
        formatting.fractionDigits = digits
        var csv = excel ? CSVWritingOptions.excel : CSVWritingOptions()
        if excel { csv.escapesFormulas = true }
        let bytes: [UInt8]
        switch format {
        case .table: bytes = Array(frame.formattedTable(options: formatting).utf8)
        case .markdown: bytes = Array(frame.markdownTable(options: formatting).utf8)
        case .json: bytes = Array(frame.jsonRecords().utf8)
        case .csv: bytes = try CSVWriter.data(frame, options: csv)
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                throw CSVWritingError(file: output, reason: "the file cannot be created")
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
