import Testing
@testable import FiscalDisclosures

@Suite struct ReadingHTMLTests {
    @Test func declaredCharsetScriptsCommentsAndEntities() throws {
        let text = try ReadingFixtures.read("reading", "budget-gb2312.html")
        #expect(text.format == .html)
        #expect(text.encoding == "gb18030")
        let paragraphs = ReadingFixtures.paragraphs(text)
        #expect(paragraphs.first == "2017年部门预算")
        #expect(paragraphs.contains("2017年预算收入2941.59万元,其中\"三公\"经费32.78万元。"))
        #expect(paragraphs.contains("第一行"))
        #expect(paragraphs.contains("第二行 & 续数"))
        #expect(!paragraphs.contains { $0.contains("不要") || $0.contains("color") })
    }

    @Test func tablesWithColspanRowspanAndNesting() throws {
        let text = try ReadingFixtures.read("reading", "budget-gb2312.html")
        let tables = ReadingFixtures.tables(text)
        #expect(tables.count == 2)
        #expect(ReadingFixtures.texts(tables[0]) == [
            ["项目", "预算数", "预算数"], ["基本支出", "468.03", "人员经费"], ["基本支出", "75.77", "公用经费"],
            ["项目支出", "2473.56", ""],
        ])
        #expect(tables[0].rows[2].map(\.isContinuation) == [true, false, false])
        #expect(tables[0].unitText == "万元")
        #expect(ReadingFixtures.texts(tables[1]) == [["内表", "1.00"]])
    }

    @Test func tokenizerIsTolerant() throws {
        let html = "<p>a < b &unknown; &#x41;&#66</p><p unclosed=\"x>tail"
        let text = try DocumentReader.read(bytes: Array(html.utf8), name: "t.html")
        #expect(ReadingFixtures.paragraphs(text) == ["a < b &unknown; AB"])
    }

    @Test func rowspanBeyondTheLastCell() throws {
        let html = "<table><tr><td>a</td><td rowspan=3>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>"
        let text = try DocumentReader.read(bytes: Array(html.utf8), name: "t.html")
        let table = try #require(ReadingFixtures.tables(text).first)
        #expect(ReadingFixtures.texts(table) == [["a", "b"], ["c", "b"], ["d", "b"]])
    }

    @Test func hugeSpansAreBounded() throws {
        // 200 cells of colspan 64 × rowspan 1000 would be 12.8 million copies over 1,000 rows.
        let cells = String(repeating: "<td colspan=64 rowspan=1000>1</td>", count: 200)
        let html = "<table><tr>" + cells + "</tr>" + String(repeating: "<tr></tr>", count: 1_000) + "</table>"
        var builder = HTMLDocumentBuilder(file: "spans.html", maximumDepth: 512)
        builder.cellLimit = 50_000
        builder.build(html)
        let tables = builder.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let table = try #require(tables.first)
        let total = table.rows.reduce(0) { $0 + $1.count }
        #expect(total <= 50_000)
        #expect(total >= 200)
        #expect(builder.diagnostics.contains { $0.message.contains("not expanded") })
    }

    @Test func charsetLabels() {
        #expect(HTMLReader.declaredCharset(Array("<meta charset=\"GBK\">".utf8)) == "gbk")
        #expect(HTMLReader.declaredCharset(Array("<meta content='text/html; charset=utf-8'>".utf8)) == "utf-8")
        #expect(HTMLReader.declaredCharset(Array("<p>none</p>".utf8)) == nil)
        #expect(HTMLReader.declaredCharset(Array("<META CHARSET = 'GB_2312-80'>".utf8)) == "gb_2312-80")
        #expect(HTMLReader.declaredCharset(Array("<meta charset=\"\">".utf8)) == nil)
        #expect(HTMLReader.declaredCharset(Array("charset".utf8)) == nil)
        #expect(HTMLReader.declaredCharset(Array("".utf8)) == nil)
    }

    @Test func charsetLabelIsCutAt40Bytes() {
        let label = String(repeating: "x", count: 50)
        #expect(HTMLReader.declaredCharset(Array("<meta charset=\(label)>".utf8)) == String(repeating: "x", count: 40))
    }

    @Test func charsetIsLookedForInTheFirst4KiBOnly() {
        let padding = String(repeating: " ", count: 4096 - 16)
        #expect(HTMLReader.declaredCharset(Array((padding + "charset=gbk>").utf8)) == "gbk")
        // Here `charset=` ends at byte 4096 and its label lies beyond.
        #expect(HTMLReader.declaredCharset(Array((padding + "        charset=gbk>").utf8)) == nil)
    }
}
