import Foundation
import Testing
@testable import FiscalDisclosures

/// The scalar-level text helpers behind document identity: trimming, character prefixes,
/// scalar decoding and the test for scalars that stand alone as characters.
@Suite struct IdentityTitleTextTests {
    static let trimCases = [
        "", " ", "\t\u{3000} ", "预算", "  2017年部门预算  ", "\u{3000}中共廊坊市委信访局\u{3000}",
        "\u{A0}\u{2000}\u{200B}\u{202F}\u{205F}\u{1680}溧阳市\u{200A}", "\n溧阳市\n", "\r\n ab", " \u{301}ab",
        "ab \u{301}", "\u{FEFF}ab", "a b",
    ]

    @Test(arguments: trimCases)
    func trimmingMatchesFoundationWhitespaces(_ text: String) {
        let expected = text.trimmingCharacters(in: .whitespaces)
        #expect(Array(IdentityReader.trimmingWhitespace(text).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func whitespaceIsFoundationsSetExactly() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(IdentityReader.isWhitespace(value) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "", "预算", "预决算", "部门预决算公开", "预决算预决算", "预预决算算", "预决算\u{301}公开", "预决算\u{FE00}", "a预决b",
        "2019年预决算说明预决算", "预决算😀", "预决算\u{F98E}",
    ])
    func removingBothKindsMatchesFoundation(_ text: String) {
        let expected = text.replacingOccurrences(of: "预决算", with: "")
        #expect(Array(IdentityReader.removingBothKinds(text).unicodeScalars) == Array(expected.unicodeScalars))
    }

    static let prefixCases: [String] = [
        String(repeating: "预", count: 200),
        String(repeating: "预", count: 120),
        String(repeating: "预", count: 119) + "e\u{301}x",
        String(repeating: "预", count: 120) + "\u{301}" + String(repeating: "算", count: 10),
        String(repeating: "ab", count: 30) + "👨‍👩‍👧" + String(repeating: "预", count: 80),
        String(repeating: "A", count: 121),
        "短行",
        "",
    ]

    @Test(arguments: prefixCases)
    func prefixCountsCharacters(_ line: String) {
        var scalars: [UInt32] = [7]
        IdentityReader.appendPrefix(of: line, characters: 120, to: &scalars)
        #expect(scalars == [7] + line.prefix(120).unicodeScalars.map(\.value))
    }

    @Test func contextIsTheTitleThenEachOpeningPrefix() {
        let long = String(repeating: "南京市", count: 50)
        let scalars = IdentityReader.contextScalars(title: "鼓楼区", opening: ["一、", long])
        #expect(scalars == ("鼓楼区一、" + long.prefix(120)).unicodeScalars.map(\.value))
    }

    @Test(arguments: ["", "abc", "é ü", "预算2017", "𠀀𪚥😀", "a\u{0}b", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func scalarValuesDecodeEveryLength(_ text: String) {
        var values: [UInt32] = []
        text.forEachScalarValue { values.append($0); return true }
        #expect(values == text.unicodeScalars.map(\.value))
        var substringValues: [UInt32] = []
        let tail = ("x" + text).dropFirst()
        tail.forEachScalarValue { substringValues.append($0); return true }
        #expect(substringValues == values)
    }

    @Test func scalarValuesStopWhenAsked() {
        var values: [UInt32] = []
        "预算决算".forEachScalarValue { values.append($0); return values.count < 2 }
        #expect(values == [0x9884, 0x7B97])
    }

    @Test func standaloneScalarsAreCharactersByThemselvesAndEqualOnlyToThemselves() {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E,
        ]
        for range in ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(TitleUnits.isStandalone(value))
                let single = String(scalar)
                guard single.decomposedStringWithCanonicalMapping != single
                    || ("a" + single + "a").count != 3 || (single + single).count != 2
                else { continue }
                Issue.record("U+\(String(value, radix: 16)) combines or has a canonical decomposition")
            }
        }
    }

    @Test(arguments: [0x0301, 0x200D, 0xFE0F, 0x302A, 0x3099, 0xF98E, 0xF9B2, 0x2F81B, 0x0D, 0x09, 0x1F600, 0xAC00])
    func joiningOrEquivalentScalarsAreNotStandalone(_ value: UInt32) {
        #expect(!TitleUnits.isStandalone(value))
    }

    @Test func titlesWithEquivalentOrJoiningCharactersAreReadByCharacter() {
        // U+F98E is canonically equivalent to 年: the year is still cut off.
        #expect(IdentityReader.agency(in: "2017\u{F98E}度溧阳市信访局部门预算") == "溧阳市信访局")
        // A combining mark stays on the character it follows.
        #expect(IdentityReader.agency(in: "溧阳市信访局\u{301}部门预算") == "溧阳市信访局\u{301}")
        // 算 with a mark on it is another character: 部门预算 does not end the name.
        #expect(IdentityReader.agency(in: "溧阳市信访局部门预算\u{301}") == "溧阳市信访局部门预算\u{301}")
    }
}
