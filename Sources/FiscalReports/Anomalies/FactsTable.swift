import FiscalDisclosures
import FiscalFrame

/// Reads a tidy facts table (`facts.csv`, as `fiscal extract --format csv` writes it) back into
/// documents, so the panel checks can run on extracted figures without the original files.
///
/// Accepted headers: `source, agency, region, province, doc_year, doc_kind, scope, metric,
/// category, value, unit, year, kind, origin, line, evidence` (the extract layout, with
/// optional `encoding` and `note`); `document_year`/`document_kind` for `doc_year`/`doc_kind`;
/// or `year`/`kind` for the document with `fact_year`/`fact_kind` for the figure. Money is in
/// yuan; the metrics of VOCABULARY §2 that are counts are read as whole numbers.
public enum FactsTable {
    /// A facts table that cannot be read.
    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var file: String
        /// The 1-based data row (the header is row 0), when the problem has one.
        public var row: Int?
        public var column: String?
        public var text: String?
        public var reason: String

        public var description: String {
            var location = file
            if let row { location += ": row \(row)" }
            if let column { location += ", column \(column)" }
            return "\(location): \(reason)" + (text.map { " (\"\($0)\")" } ?? "")
        }
    }

    /// Reads the facts table at `path`, one document per distinct `source`, in first-seen order.
    ///
    /// - Throws: ``ReadError`` naming the file, row, column and text of the first bad cell, or
    ///   the CSV reader's error for malformed CSV.
    /// - Complexity: O(n) in the number of rows.
    public static func read(contentsOfFile path: String) throws -> [DocumentExtraction] {
        var options = CSVReadingOptions()
        options.infersTypes = false
        let result = try CSVReader.read(contentsOfFile: path, options: options)
        let frame = result.frame
        let names = Set(frame.columnNames)
        func column(_ candidates: [String], required: Bool = true) throws -> AnyColumn? {
            for name in candidates where names.contains(name) { return try frame.column(named: name) }
            if required {
                throw ReadError(file: path, column: candidates[0], reason: "the table has no \(candidates.joined(separator: " or ")) column")
            }
            return nil
        }
        let hasFactColumns = names.contains("fact_year")
        let source = try column(["source"])!
        let metric = try column(["metric"])!
        let value = try column(["value"])!
        let line = try column(["line"])!
        let docYear = try column(hasFactColumns ? ["year"] : ["doc_year", "document_year"])!
        let docKind = try column(hasFactColumns ? ["kind"] : ["doc_kind", "document_kind"])!
        let factYear = try column(hasFactColumns ? ["fact_year"] : ["year"], required: false)
        let factKind = try column(hasFactColumns ? ["fact_kind"] : ["kind"], required: false)
        let optional = { (name: String) in try column([name], required: false) }
        let agency = try optional("agency"), region = try optional("region"), province = try optional("province")
        let scope = try optional("scope"), category = try optional("category"), unit = try optional("unit")
        let origin = try optional("origin"), evidence = try optional("evidence"), encoding = try optional("encoding")
        let note = try optional("note")

        func text(_ column: AnyColumn?, _ row: Int) -> String? {
            column?[row].map(\.description)
        }
        func fail(_ row: Int, _ name: String, _ reason: String, _ cell: String?) -> ReadError {
            ReadError(file: path, row: row + 1, column: name, text: cell, reason: reason)
        }
        func integer(_ column: AnyColumn?, _ row: Int, _ name: String) throws -> Int? {
            guard let cell = text(column, row) else { return nil }
            guard let number = Int(cell) else { throw fail(row, name, "not a whole number", cell) }
            return number
        }
        func kind(_ column: AnyColumn?, _ row: Int, _ name: String) throws -> DocumentKind? {
            guard let cell = text(column, row) else { return nil }
            guard let kind = DocumentKind(rawValue: cell) else { throw fail(row, name, "not budget, final or adjusted", cell) }
            return kind
        }

        var order: [String] = []
        var documents: [String: DocumentExtraction] = [:]
        for row in 0..<frame.rowCount {
            guard let file = text(source, row) else { throw fail(row, "source", "empty source", nil) }
            guard let name = text(metric, row) else { throw fail(row, "metric", "empty metric", nil) }
            guard let valueText = text(value, row) else { throw fail(row, "value", "empty value", nil) }
            let factValue: FactValue
            if AnomalyDetector.countMetrics.contains(name) {
                guard let count = Int(valueText) else { throw fail(row, "value", "a count must be a whole number", valueText) }
                factValue = .count(count)
            } else {
                guard let money = Money(decimalText: valueText) else {
                    throw fail(row, "value", "not an amount in yuan", valueText)
                }
                factValue = .money(money)
            }
            let documentYear = try integer(docYear, row, "year")
            let documentKind = try kind(docKind, row, "kind")
            if documents[file] == nil {
                order.append(file)
                var scopeValue: DocumentScope? = nil
                if let cell = text(scope, row) {
                    guard let parsed = DocumentScope(rawValue: cell) else {
                        throw fail(row, "scope", "not unit, consolidated or aggregate", cell)
                    }
                    scopeValue = parsed
                }
                documents[file] = DocumentExtraction(
                    source: file, encoding: text(encoding, row) ?? "utf-8", format: .text,
                    identity: DocumentIdentity(
                        agency: text(agency, row), region: text(region, row), province: text(province, row),
                        year: documentYear, kind: documentKind, scope: scopeValue),
                    facts: [])
            }
            var originValue = FactOrigin.stated
            if let cell = text(origin, row) {
                guard let parsed = FactOrigin(rawValue: cell) else { throw fail(row, "origin", "not stated or derived", cell) }
                originValue = parsed
            }
            let fact = Fact(
                metric: name, category: text(category, row), value: factValue, unit: text(unit, row) ?? "",
                year: try integer(factYear, row, "fact year") ?? documentYear,
                kind: try kind(factKind, row, "fact kind") ?? documentKind, origin: originValue,
                source: file, line: try integer(line, row, "line") ?? 0,
                evidence: text(evidence, row) ?? "", note: text(note, row))
            documents[file]?.facts.append(fact)
        }
        return order.compactMap { documents[$0] }
    }
}
