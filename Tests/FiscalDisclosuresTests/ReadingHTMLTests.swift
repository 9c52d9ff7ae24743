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

    @Test func charsetLabels() {
        #expect(HTMLReader.declaredCharset(Array("<meta charset=\"GBK\">".utf8)) == "gbk")
        #expect(HTMLReader.declaredCharset(Array("<meta content='text/html; charset=utf-8'>".utf8)) == "utf-8")
        #expect(HTMLReader.declaredCharset(Array("<p>none</p>".utf8)) == nil)
    }
}
