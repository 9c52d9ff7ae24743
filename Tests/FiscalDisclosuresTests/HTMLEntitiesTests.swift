import Testing
@testable import FiscalDisclosures

@Suite struct HTMLEntitiesTests {
    private func decoded(_ text: String) -> String {
        var output: [UInt8] = []
        HTMLEntities.decode(Array(text.utf8)[...], appendingTo: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: [
        ("", ""),
        ("预算收入 100", "预算收入 100"),
        ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
        ("&AMP;&Nbsp;", "&\u{A0}"),
        ("&nbsp中", "\u{A0}中"),
        ("&#25968;&#x6570;&#X6570", "数数数"),
        ("&ldquo;三公&rdquo;", "“三公”"),
    ])
    func references(input: String, expected: String) {
        #expect(decoded(input) == expected)
    }

    @Test(arguments: [
        ("&unknown;", "&unknown;"), ("&#;", "&#;"), ("&#x;", "&#x;"), ("a&", "a&"), ("&", "&"),
        ("&&amp;", "&&"), ("&中;", "&中;"), ("&;", "&;"),
    ])
    func textThatIsNoReferenceStaysAsWritten(input: String, expected: String) {
        #expect(decoded(input) == expected)
    }

    @Test(arguments: ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999999;"])
    func numbersThatNameNoCharacterBecomeTheReplacementCharacter(input: String) {
        #expect(decoded(input) == "\u{FFFD}")
    }

    @Test func aReferenceEndsWithin32Bytes() {
        // `&#`, then 30 digits (29 zeros and a 6) reach the limit; the rest is text.
        let input = "&#" + String(repeating: "0", count: 29) + "65;"
        #expect(decoded(input) == "\u{6}5;")
    }

    @Test func appendsToWhatIsThere() {
        var output = Array("前".utf8)
        let text = Array("x&lt;y&gt;z".utf8)
        HTMLEntities.decode(text[1..<10], appendingTo: &output)
        #expect(String(decoding: output, as: UTF8.self) == "前<y>")
    }
}
