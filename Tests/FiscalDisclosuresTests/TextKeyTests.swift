import Foundation
import Testing
@testable import FiscalDisclosures

@Suite struct TextKeyTests {
    func isKnownNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { TextKey.isKnownNFC($0) }
    }

    @Test(arguments: [
        "", "abc", "301 工资福利支出", "“三公”经费", "一、收入总计", "〇〩", "\u{4000}\u{9FFF}", "\u{2010}\u{2027}",
        "（１２）", "\u{FF01}\u{FF5E}", "\u{3000}", "a\u{7F}\0",
    ])
    func acceptsTextOfTheFastRanges(text: String) {
        #expect(isKnownNFC(text))
    }

    @Test(arguments: [
        "e\u{301}", "é", "\u{3FFF}", "\u{A000}", "\u{302A}", "\u{3030}", "\u{200F}", "\u{2028}", "\u{FF00}", "\u{FF5F}",
        "\u{F900}", "\u{AC00}", "≥", "𠀀", "中\u{301}",
    ])
    func leavesOtherTextToTheSlowPath(text: String) {
        #expect(!isKnownNFC(text))
    }

    @Test func truncatedSequencesAreNotKnown() {
        let bytes: [UInt8] = [0x61, 0xE4, 0xB8]
        #expect(bytes.withUnsafeBufferPointer { TextKey.isKnownNFC($0) } == false)
    }

    /// The premise of the fast ranges: no scalar in them decomposes, reorders, or is the second
    /// half of a canonical decomposition (so it never composes with the scalar before it).
    @Test func fastRangesAreStableUnderNormalization() {
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x2010...0x2027, 0x3000...0x3029, 0x4000...0x9FFF, 0xFF01...0xFF5E]
        func isFast(_ v: UInt32) -> Bool { ranges.contains { $0.contains(v) } }
        var unstable: [UInt32] = []
        for range in ranges {
            for v in range {
                let scalar = Unicode.Scalar(v)!
                let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
                if scalar.properties.canonicalCombiningClass != .notReordered || decomposed.map(\.value) != [v] {
                    unstable.append(v)
                }
            }
        }
        #expect(unstable.isEmpty, "\(unstable.map { String($0, radix: 16) })")
        var composing: [UInt32] = []
        for v in UInt32(0x80)...0x2FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.dropFirst().contains(where: { isFast($0.value) }) { composing.append(v) }
        }
        #expect(composing.isEmpty, "\(composing.map { String($0, radix: 16) })")
    }

    @Test(arguments: [
        ("e\u{301}", "é"), ("\u{F900}", "\u{8C48}"), ("Å", "A\u{30A}"), ("301 工资福利支出", "301 工资福利支出"),
    ])
    func equivalentTextsAreOneKey(a: String, b: String) {
        #expect(TextKey(a) == TextKey(b))
        #expect(TextKey(a).hashValue == TextKey(b).hashValue)
        #expect(Set([TextKey(a), TextKey(b)]).count == 1)
    }

    @Test func differentTextsAreDifferentKeys() {
        let keys = ["", "a", "ab", "工资", "工资福利", "工资 ", "é", "e"].map(TextKey.init)
        #expect(Set(keys).count == keys.count)
        #expect(TextKey("工资") != TextKey("工资福利"))
    }
}
