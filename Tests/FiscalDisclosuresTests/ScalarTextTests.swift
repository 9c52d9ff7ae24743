import Foundation
import Testing
@testable import FiscalDisclosures

/// Folding, UTF-8 decoding and quoting of `ScalarText`, and the byte-level string search the
/// scanners use.
@Suite struct ScalarTextTests {
    /// The folding of `text` the slow way: scalar by scalar through the standard library.
    func reference(_ text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { let f = ScalarText.fold($0.value); return f == 0 ? nil : f }
    }

    @Test(arguments: [
        "", " ", "abc", "２０１９年　支出“三公”经费１２．５万元", "é\u{301}e", "€1,234", "𠀀𝄞x😀", "\t\r\n",
        "（一）一般公共服务支出：１２３，４５６元", "\u{FEFF}单位：万元",
    ])
    func foldsLikeTheScalarView(text: String) {
        #expect(ScalarText.folded(text) == reference(text))
        let scanned = ScalarText(text)
        #expect(scanned.scalars == reference(text))
        // Each offset is the UTF-8 offset of the scalar the folded one came from.
        var expected: [Int32] = []
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            if ScalarText.fold(scalar.value) != 0 { expected.append(offset) }
            offset += Int32(UTF8.width(scalar))
        }
        let found = scanned.scalars.indices.map { Int32(scanned.byteOffsets(of: $0, $0 + 1).lower) }
        #expect(found == expected)
        // Past the last scalar, the end of the text.
        #expect(scanned.byteOffsets(of: 0, scanned.count).upper == text.utf8.count)
        if scanned.count >= 2 {
            #expect(scanned.byteOffsets(of: 0, 1).upper == Int(expected[1]))
        }
    }

    @Test(arguments: [
        ("收入合计", false), ("abc(1)", false), ("", false), ("𝄞≥90%", false), ("收入 合计", true), ("１", true),
        ("a\u{0}b", true), ("“三公”", true), ("【一】", true), ("\t", true),
    ])
    func reportsWhetherFoldingChangedTheText(text: String, isChanged: Bool) {
        let folded = ScalarText.foldedReportingChange(text)
        #expect(folded.isChanged == isChanged)
        #expect(folded.scalars == reference(text))
        if !isChanged { #expect(ScalarText.string(folded.scalars) == text) }
    }

    @Test func stringEncodesEveryWidth() {
        let scalars: [UInt32] = [0x41, 0xE9, 0x4E2D, 0x1D11E, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]
        let text = ScalarText.string(scalars)
        #expect(text.unicodeScalars.map(\.value) == scalars)
        #expect(ScalarText.string([UInt32]()) == "")
        #expect(ScalarText.string(scalars[2..<4]) == "中𝄞")
    }

    @Test func originalQuotesTheSourceWithoutSurroundingSpaces() {
        let text = ScalarText("收入 １２万元　。\t下一句")
        // Scalars: 收 入 1 2 万 元 。 下 一 句 (spaces dropped).
        #expect(text.original(from: 0, to: 6) == "收入 １２万元")  // the ideographic space before 。 is trimmed
        #expect(text.original(from: 0, to: 7) == "收入 １２万元　。")
        #expect(text.original(from: 7, to: text.count) == "下一句")
        #expect(text.original(from: 6, to: 7) == "。")
        #expect(text.original(from: 3, to: 3) == "")
        #expect(text.original(from: 20, to: 30) == "")
        // A space followed by a combining mark is not a space: it stays.
        let marked = ScalarText("a \u{301}")
        #expect(marked.original(from: 0, to: marked.count) == "a \u{301}")
        #expect(ScalarText("").original(from: 0, to: 1) == "")
    }

    /// Scalars that stand alone form a grapheme cluster each, next to themselves, ASCII and CJK,
    /// and are their own canonical form.
    @Test func standingAloneAgreesWithCharacters() {
        let ranges: [ClosedRange<UInt32>] = [
            0x01...0x2FF, 0x2010...0x205F, 0x2150...0x22FF, 0x2460...0x24FF, 0x3000...0x303F, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xFE30...0xFE6F, 0xFF01...0xFF60,
        ]
        var checked = 0
        for range in ranges {
            for v in range where ScalarText.standsAlone(v) && v != 0x0D {
                guard let scalar = Unicode.Scalar(v) else { continue }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: [scalar, scalar, "a", scalar, "中", scalar])
                let string = String(text)
                #expect(string.count == 6, "U+\(String(v, radix: 16)) joins a neighbour")
                #expect(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) == [v])
                checked += 1
            }
        }
        #expect(checked > 25_000)
        for v: UInt32 in [0x300, 0x301, 0x200D, 0x200C, 0x2000, 0x2126, 0x3099, 0x302A, 0xAC00, 0x1100, 0xF9D1, 0xFE0F, 0xFF9E, 0x1F600] {
            #expect(!ScalarText.standsAlone(v))
        }
    }

    @Test func byteSearch() {
        #expect("单位：万元".includes("万元"))
        #expect(!"单位：万元".includes("亿元"))
        #expect("abc".includes(""))
        #expect(!"".includes("a"))
        #expect("ab".byteOffset(of: "abc") == nil)
        #expect("截至2019年底".byteOffset(of: "2019") == 6)
        #expect("aaab".byteOffset(of: "aab") == 1)
        #expect("单位：万元".after("单位") == "：万元")
        #expect("单位".after("单位") == "")
        #expect("万元".after("单位") == nil)
    }
}
