import Testing
@testable import FiscalReports

@Suite struct MarkdownTextTests {
    @Test func escapesPipesHTMLAndNewlines() {
        #expect(MarkdownText.escaped("a|b<script>x</script>\nc & d") == "a\\|b&lt;script&gt;x&lt;/script&gt; c &amp; d")
        #expect(MarkdownText.escaped("[link](http://x)") == "\\[link\\](http://x)")
    }

    @Test func tableMatchesGolden() throws {
        let table = ExportTable(name: "per-unit", columns: ["agency", "year", "reception (yuan)", "per person-time"], rows: [
            [.text("溧阳市信访局"), .integer(2014), .money(fen: 3_540_000), .number(75.965_665, decimals: 2)],
            [.text("pipe|agency"), .integer(2017), .money(fen: 123_456_700), .empty],
        ])
        #expect(try matchesGolden(MarkdownText.table(table), "golden/table.md"))
    }
}
