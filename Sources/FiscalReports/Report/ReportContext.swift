import Foundation
import FiscalDisclosures

/// What the report is computed from: the ingest result and the gazetteer.
public struct ReportContext: Sendable {
    public var ingest: IngestResult
    public var gazetteer: RegionGazetteer?
    /// How many per-agency and per-region trend charts to draw at most.
    public var chartLimit = 12
    /// The paths the user gave (named in the report's header).
    public var inputs: [String] = []

    public init(ingest: IngestResult, gazetteer: RegionGazetteer?) {
        self.ingest = ingest
        self.gazetteer = gazetteer
    }

    /// The province of a panel row: from the document, else from the gazetteer.
    public func province(of row: PanelRow) -> String? {
        row.province ?? row.region.flatMap { gazetteer?.region(named: $0)?.province }
    }

    /// The gazetteer entry of a row's region, when there is one.
    public func region(of row: PanelRow) -> GazetteerRegion? {
        row.region.flatMap { gazetteer?.region(named: $0) }
    }
}

/// The pieces of a report as they are assembled: Markdown sections, charts, tables.
public struct ReportArtifacts: Sendable {
    /// Markdown, in order.
    public var sections: [String] = []
    /// The name of each section (`header`, `coverage`, `unit-costs`, `trends`, `cities`,
    /// `anomalies`, `methods`), parallel to ``sections``.
    public var sectionNames: [String] = []
    /// SVG charts by file name (in `charts/`).
    public var charts: [(name: String, svg: String)] = []
    /// Tables (each written to `tables/NAME.csv` and as a sheet of `tables/report.xlsx`).
    public var tables: [ExportTable] = []
    /// File names already used in `charts/`.
    var chartNames = SafeFileName()

    public init() {}

    /// The Markdown of the section named `name`, with chart links prefixed by `chartPrefix`
    /// (e.g. the output folder, so links work from where the command ran).
    public func section(named name: String, chartPrefix: String = "") -> String? {
        guard let index = sectionNames.firstIndex(of: name) else { return nil }
        let text = sections[index]
        guard !chartPrefix.isEmpty else { return text }
        let prefix = chartPrefix.hasSuffix("/") ? chartPrefix : chartPrefix + "/"
        return text.replacingOccurrences(of: "](charts/", with: "](\(prefix)charts/")
    }

    /// Adds a chart and returns its relative path for a Markdown image link.
    mutating func addChart(_ stem: String, svg: String) -> String {
        let name = chartNames.unique(stem, fileExtension: "svg")
        charts.append((name, svg))
        return "charts/" + name
    }
}

/// Where a figure came from, as `file:line`.
func reference(_ fact: Fact?) -> String {
    guard let fact else { return "" }
    return "\(fact.source):\(fact.line)"
}

/// Money or count as a Double.
func number(_ value: FactValue?) -> Double? { value?.doubleValue }

/// Several `file:line` references in a compact form: each file once, its lines in order of
/// first appearance without repeats, e.g. `a.txt:29,41; b.docx:7`. Empty references are dropped.
///
/// - Parameter references: `file:line` strings as made by `reference(_:)`.
/// - Returns: the joined form; a reference without a line number is kept as it is.
func compactReferences(_ references: [String]) -> String {
    var files: [String] = []
    var lines: [String: [String]] = [:]
    for item in references where !item.isEmpty {
        let file: String
        let line: String?
        if let colon = item.lastIndex(of: ":"), item[item.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }),
           colon != item.index(before: item.endIndex) {
            file = String(item[..<colon])
            line = String(item[item.index(after: colon)...])
        } else {
            file = item
            line = nil
        }
        if lines[file] == nil { files.append(file); lines[file] = [] }
        if let line, !lines[file]!.contains(line) { lines[file]!.append(line) }
    }
    return files.map { file in
        let numbers = lines[file] ?? []
        return numbers.isEmpty ? file : "\(file):\(numbers.joined(separator: ","))"
    }.joined(separator: "; ")
}

/// A yuan amount for display: whole yuan without decimals, otherwise to the fen.
func yuanCell(_ value: Double) -> ExportCell {
    .number(value, decimals: value == value.rounded() ? 0 : 2)
}
