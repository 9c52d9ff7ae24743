import Testing
@testable import FiscalDisclosures

@Suite struct MarkupByteTests {
    @Test(arguments: [
        ("", ""), ("W:P", "w:p"), ("tBl", "tbl"), ("h1", "h1"),
        // Non-ASCII names take Unicode's case mapping.
        ("ÄB", "äb"), ("DİV", "di\u{307}v"), ("\u{212A}", "k"),
    ])
    func lowercased(input: String, expected: String) {
        #expect(MarkupByte.lowercased(Array(input.utf8)[...]) == expected)
    }

    @Test func lowercasedEquals() {
        #expect(MarkupByte.lowercasedEquals(Array("W:VAL".utf8)[...], Array("w:val".utf8)))
        #expect(MarkupByte.lowercasedEquals(Array("".utf8)[...], []))
        #expect(!MarkupByte.lowercasedEquals(Array("w:va".utf8)[...], Array("w:val".utf8)))
        #expect(!MarkupByte.lowercasedEquals(Array("w:vals".utf8)[...], Array("w:val".utf8)))
        #expect(!MarkupByte.lowercasedEquals(Array("w:vaM".utf8)[...], Array("w:val".utf8)))
        // KELVIN SIGN lower-cases to an ASCII k.
        #expect(MarkupByte.lowercasedEquals(Array("\u{212A}ey".utf8)[...], Array("key".utf8)))
        #expect(!MarkupByte.lowercasedEquals(Array("ké".utf8)[...], Array("ke".utf8)))
    }

    @Test func slicesAreReadFromTheirOwnBounds() {
        let bytes = Array("<TD ROWSPAN=2>".utf8)
        #expect(MarkupByte.lowercased(bytes[1..<3]) == "td")
        #expect(MarkupByte.lowercasedEquals(bytes[4..<11], Array("rowspan".utf8)))
    }

    @Test(arguments: [
        ("", true), (" \n\t\r\u{0B}\u{0C}", true), (" a ", false), ("\u{1C}", false),
        ("\u{3000}\u{A0} \u{2002}", true), ("\u{3000}x", false), ("预算", false),
    ])
    func isAllWhitespace(input: String, expected: Bool) {
        #expect(MarkupByte.isAllWhitespace(Array(input.utf8)[...]) == expected)
        #expect(input.allSatisfy(\.isWhitespace) == expected)
    }

    @Test func byteClasses() {
        #expect(MarkupByte.isLetter(UInt8(ascii: "a")) && MarkupByte.isLetter(UInt8(ascii: "Z")))
        #expect(!MarkupByte.isLetter(UInt8(ascii: "@")) && !MarkupByte.isLetter(UInt8(ascii: "[")))
        #expect(!MarkupByte.isLetter(0xC1) && !MarkupByte.isLetter(0xE4))
        #expect(MarkupByte.isSpace(0x0C) && !MarkupByte.isSpace(0x0B) && !MarkupByte.isSpace(0xA0))
        #expect(MarkupByte.lower(UInt8(ascii: "Q")) == UInt8(ascii: "q"))
        #expect(MarkupByte.lower(0xC4) == 0xC4)
    }
}
