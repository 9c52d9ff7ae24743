/// Turns a read and normalized disclosure into its identity and figures (VOCABULARY §1–§6).
///
/// ```swift
/// let text = try DocumentReader.read(fileAt: "liyang-2014-final.txt")
/// let extraction = DisclosureExtractor().extract(text)
/// for fact in extraction.facts where fact.metric == "sangong_total" { print(fact.value) }  // 35400
/// ```
///
/// Extraction is pure and deterministic: the same text gives the same facts in the same order,
/// and one extractor may be used from many threads at once. The glossary lives in
/// `Glossary.terms` (one table mirroring VOCABULARY §2); labels are matched with a trie, never a
/// backtracking regular expression, so the cost is linear in the text.
public struct DisclosureExtractor: Sendable {
    public init() {}

    /// Extracts identity, facts and the single-document findings of `text`.
    ///
    /// - Parameter text: a document from `DocumentReader` (or built by hand).
    /// - Returns: the extraction; `findings` hold the VOCABULARY §7 checks, `diagnostics` the
    ///   reader's and the extractor's notes (conflicting values, unsettled identity).
    /// - Complexity: O(n) in the size of the text.
    public func extract(_ text: DocumentText) -> DocumentExtraction {
        let (identity, records) = extractRecords(text)
        var extraction = DocumentExtraction(
            source: text.source, encoding: text.encoding, format: text.format, identity: identity,
            facts: records.facts, findings: [], diagnostics: text.diagnostics + records.diagnostics)
        extraction.findings = DocumentChecks().findings(for: extraction, records: records)
        return extraction
    }

    /// The identity and everything the scanners collected, resolved, for checks that need the
    /// statements behind the facts (changes, shares, 持平).
    package func extractRecords(_ text: DocumentText) -> (DocumentIdentity, ExtractionRecords) {
        let (identity, identityNotes) = IdentityReader.identity(of: text)
        var context = ExtractionContext(source: text.source, year: identity.year, kind: identity.kind)
        var records = ExtractionRecords()
        records.diagnostics = identityNotes
        let prose = ProseScanner(context: context)
        var recentParagraphs: [String] = []
        var paragraph = 0
        var yuanFacts = 0
        var rowUnit: MoneyUnit?
        var tenThousandFacts = 0
        for block in text.blocks {
            switch block {
            case .paragraph(let line):
                paragraph += 1
                let before = records.facts.count
                // Rows of a table that reached us as lines: short lines under a unit line.
                let endsSentence = Self.endsWithFullStop(line.text)
                let isShort = line.text.utf8.count <= 90 && !endsSentence
                if !isShort { rowUnit = nil }
                prose.scan(line, paragraph: paragraph, rowUnit: isShort ? rowUnit : nil, into: &records)
                if isShort, line.text.includes("单位"), let unit = TableScanner.unit(in: line.text) { rowUnit = unit }
                for k in before..<records.facts.count {
                    let unit = records.facts[k].unit
                    if unit == "元" { yuanFacts += 1 } else if unit == "万元" { tenThousandFacts += 1 }
                }
                // A table's title and unit line are the short paragraphs right above it.
                if line.text.utf8.count > 150 || (endsSentence && line.text.utf8.count > 75) {
                    recentParagraphs.removeAll()
                } else if !line.text.isEmpty {
                    recentParagraphs.append(line.text)
                    if recentParagraphs.count > 3 { recentParagraphs.removeFirst() }
                }
            case .table(let table):
                // A table without a unit line takes the unit most prose figures use.
                if yuanFacts > 2 * tenThousandFacts && yuanFacts >= 3 {
                    context.defaultMultiplier = 1
                    context.defaultUnit = "元"
                } else {
                    context.defaultMultiplier = 10_000
                    context.defaultUnit = "万元"
                }
                TableScanner(context: context).scan(table, title: recentParagraphs.joined(separator: "\n"), into: &records)
                recentParagraphs.removeAll()
                rowUnit = nil
            }
        }
        FactResolver.resolve(&records, source: text.source)
        return (identity, records)
    }

    /// Whether `text` ends with the character 。, the end of a sentence (`text.hasSuffix("。")`).
    ///
    /// Read from the UTF-8 bytes when the scalar before U+3002 is ASCII or a CJK ideograph, which
    /// never joins the character after it; any other text asks `hasSuffix`.
    static func endsWithFullStop(_ text: String) -> Bool {
        let known = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let n = bytes.count
            guard n >= 3, bytes[n - 3] == 0xE3, bytes[n - 2] == 0x80, bytes[n - 1] == 0x82 else { return false }
            if n == 3 || bytes[n - 4] < 0x80 || (n >= 6 && (0xE4...0xE9).contains(bytes[n - 6])) { return true }
            return nil
        }
        return (known ?? nil) ?? text.hasSuffix("。")
    }
}
