import Testing
@testable import FiscalDisclosures

@Suite struct HTMLTokenizerTests {
    /// Each token as one line: `text 'x' @line`, `start name [/]`, `end name`.
    private func tokens(_ markup: String, rawTextElements: Set<String> = HTMLTokenizer.htmlRawTextElements) -> [String] {
        var tokenizer = HTMLTokenizer(markup, rawTextElements: rawTextElements)
        var result: [String] = []
        while let token = tokenizer.next() {
            switch token {
            case .text(let range, let line):
                result.append("text '\(String(decoding: tokenizer.text(range), as: UTF8.self))' @\(line)")
            case .start(let name, _, let selfClosing): result.append("start \(name)" + (selfClosing ? " /" : ""))
            case .end(let name): result.append("end \(name)")
            }
        }
        return result
    }

    /// The attributes of the first start tag of `markup`.
    private func attributes(_ markup: String) throws -> HTMLTokenizer.Attributes {
        var tokenizer = HTMLTokenizer(markup)
        while let token = tokenizer.next() {
            if case .start(_, let start, _) = token { return tokenizer.attributes(at: start) }
        }
        throw TokenizerTestError.noStartTag
    }

    private enum TokenizerTestError: Error { case noStartTag }

    @Test func tagsAndText() {
        #expect(tokens("<P Class=\"a>b\">预算</P><br/><img src=x / alt=y>") == [
            "start p", "text '预算' @1", "end p", "start br /", "start img",
        ])
    }

    @Test func emptyInput() {
        #expect(tokens("").isEmpty)
    }

    @Test func lessThanThatStartsNoTag() {
        #expect(tokens("a < b<") == ["text 'a ' @1", "text '<' @1", "text ' b' @1", "text '<' @1"])
        #expect(tokens("<中>") == ["text '<' @1", "text '中>' @1"])
    }

    @Test func commentsDoctypesAndInstructionsAreSkipped() {
        #expect(tokens("<!DOCTYPE html><?xml version=\"1.0\"?><!-- <p>x</p> -->y<!-- open") == ["text 'y' @1"])
        #expect(tokens("<!-->z-->w") == ["text 'w' @1"])
    }

    @Test func rawTextIsSkippedInHTMLOnly() {
        #expect(tokens("<script>if (a<b) {}</SCRIPT >after<style/>s") == ["text 'after' @1", "start style /", "text 's' @1"])
        #expect(tokens("<textarea>never closed") == [])
        #expect(tokens("<script>x</script>", rawTextElements: []) == ["start script", "text 'x' @1", "end script"])
    }

    @Test func linesCountLineFeedsInTextCommentsTagsAndQuotedValues() {
        let markup = "a\n<!--\n-->b<p\nclass='x\ny'>c\n\n<script>\n</script>d"
        #expect(tokens(markup) == ["text 'a\n' @1", "text 'b' @3", "start p", "text 'c\n\n' @5", "text 'd' @8"])
    }

    @Test func unclosedTagRunsToTheEnd() {
        #expect(tokens("<p>x<td colspan=\"2") == ["start p", "text 'x' @1", "start td"])
    }

    @Test func nonASCIINamesAreLowerCasedByUnicode() {
        #expect(tokens("<DİV>x</DİV>") == ["start di\u{307}v", "text 'x' @1", "end di\u{307}v"])
    }

    @Test func attributeValues() throws {
        let found = try attributes("<td ColSpan = '2' rowspan=3 nowrap data-x=\"a b\" w:VAL=continue>")
        #expect(found["colspan"] == "2")
        #expect(found["rowspan"] == "3")
        #expect(found["nowrap"] == "")
        #expect(found["data-x"] == "a b")
        #expect(found["w:val"] == "continue")
        #expect(found["missing"] == nil)
        #expect(found.dictionary == ["colspan": "2", "rowspan": "3", "nowrap": "", "data-x": "a b", "w:val": "continue"])
    }

    @Test func aRepeatedNameKeepsItsLastValue() throws {
        let found = try attributes("<td colspan=2 COLSPAN=\"5\">")
        #expect(found["colspan"] == "5")
    }

    @Test func valuesAreKeptAsWritten() throws {
        let found = try attributes("<a title=\"&amp;预算\" href=a?b=c>")
        #expect(found["title"] == "&amp;预算")
        #expect(found["href"] == "a?b=c")
    }

    @Test func atMost64NamesAreKept() throws {
        let names = (0..<64).map { "a\($0)=v" }.joined(separator: " ")
        let found = try attributes("<td \(names) late=x a0=again a63=again>")
        #expect(found["a0"] == "v")
        #expect(found["a63"] == "v")
        #expect(found["late"] == nil)
        #expect(found.dictionary.count == 64)
    }

    @Test func anEmptyNameIsNoAttribute() throws {
        let found = try attributes("<td =1 colspan=2>")
        #expect(found[""] == nil)
        #expect(found.dictionary == ["colspan": "2"])
    }
}
