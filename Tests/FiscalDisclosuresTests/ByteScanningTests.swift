import Testing
@testable import FiscalDisclosures

/// The word-at-a-time byte tests and the byte-level scanners of reading and layout.
@Suite struct ByteScanningTests {
    /// The bytes as one little-endian word (byte 0 lowest), as `ByteWord.load` reads them.
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
    }

    @Test(arguments: 0..<8)
    func eachTestFindsItsByteAtEveryPosition(position: Int) {
        var bytes = [UInt8](repeating: 0x41, count: 8)
        #expect(ByteWord.isASCII(Self.word(bytes)))
        #expect(!ByteWord.hasByte(below: 0x20, in: Self.word(bytes)))
        #expect(!ByteWord.contains(0x7C, in: Self.word(bytes)))
        bytes[position] = 0x7C
        #expect(ByteWord.contains(0x7C, in: Self.word(bytes)))
        #expect(!ByteWord.contains(0x7D, in: Self.word(bytes)))
        bytes[position] = 0x1F
        #expect(ByteWord.hasByte(below: 0x20, in: Self.word(bytes)))
        #expect(!ByteWord.hasByte(below: 0x1F, in: Self.word(bytes)))
        bytes[position] = 0x80
        #expect(!ByteWord.isASCII(Self.word(bytes)))
        #expect(!ByteWord.hasByte(below: 0x20, in: Self.word(bytes)))
        bytes[position] = 0x00
        #expect(ByteWord.contains(0, in: Self.word(bytes)))
        #expect(ByteWord.hasByte(below: 1, in: Self.word(bytes)))
    }

    @Test func bytesAboveTheLimitNeverMatch() {
        // High bytes (CJK in UTF-8) and bytes just at the limit.
        let high = Self.word([0xE4, 0xB8, 0x9C, 0xFF, 0x80, 0xBF, 0xEF, 0xBD])
        #expect(!ByteWord.hasByte(below: 0x20, in: high))
        #expect(!ByteWord.hasByte(below: 0x80, in: high))
        #expect(!ByteWord.contains(0x7C, in: high))
        #expect(ByteWord.contains(0x9C, in: high))
        #expect(!ByteWord.hasByte(below: 0x20, in: Self.word([UInt8](repeating: 0x20, count: 8))))
        #expect(ByteWord.hasByte(below: 0x80, in: Self.word([0x80, 0x80, 0x80, 0x7F, 0x80, 0x80, 0x80, 0x80])))
    }

    @Test(arguments: [
        ("", 0, false), ("预算", 0, false), ("a|", 1, true), ("| ", 1, true), ("|\r", 1, true),
        ("a | b", 1, false), ("｜", 1, true), ("预算｜ \t", 1, true), ("||||", 4, true),
        ("编制数 | 34 | 34 | ||||", 7, true), ("东东东东", 0, false), ("东|东", 1, false),
        ("abcdefg|", 1, true), ("abcdefgh|", 1, true), ("abcdefghijklmno|x", 1, false),
        ("1234567｜89", 1, false), ("123456｜", 1, true), ("项目名称｜预算数｜决算数｜", 3, true),
    ])
    func pipesAreCountedOnBytes(text: String, count: Int, endsWithPipe: Bool) {
        let result = TextLayout.pipeCount(Substring(text))
        #expect(result.count == count)
        #expect(result.endsWithPipe == endsWithPipe)
    }

    @Test func pipesInASubstringOfALongerLine() {
        let line = "x|预算|y"
        let inner = line.dropFirst(2).dropLast(2)  // "预算"
        #expect(TextLayout.pipeCount(inner).count == 0)
        let rest = TextLayout.pipeCount(line.dropFirst(1))
        #expect(rest.count == 2)
        #expect(!rest.endsWithPipe)
    }

    @Test(arguments: [
        ("", true), (" \t\r", true), ("\u{3000}\u{200B}\u{FEFF}", true), ("\u{A0}", true), ("a", false),
        ("预算", false), (" 预算", false), ("\u{3000}项目", false), ("~", false), ("\u{7F}", true), ("㐀", false),
    ])
    func blankLines(text: String, isBlank: Bool) {
        #expect(TextLayout.isBlank(Substring(text)) == isBlank)
    }

    @Test(arguments: [
        (" \ta\t\tb", ["a", "", "b"]), ("no tabs", []), ("\t", [""]), ("\t预算\t", ["预算", ""]),
        ("  \t\t", ["", ""]), ("\t收入\t195.82\r", ["收入", "195.82\r"]),
    ])
    func tabLedCells(text: String, cells: [String]) {
        #expect(TextLayout.cellsAfterFirstTab(Substring(text)).map(String.init) == cells)
    }

    @Test(arguments: [
        ("单位:万元", "万元"), ("(单位:元)", "元"), ("单位为千元", "千元"), ("单位 : 亿元", "亿元"),
        ("金额单位:万元", "万元"), ("单位:人 单位:元", "元"), ("单位:美元", nil), ("单位:万", nil),
        ("单位", nil), ("", nil), ("万元", nil), ("单 位:元", nil), ("单位::为 为元", "元"),
    ] as [(String, String?)])
    func unitsAfterTheWordUnit(text: String, unit: String?) {
        #expect(TableUnit.unit(in: text) == unit)
    }

    @Test func splittingLinesAcrossWordBoundaries() {
        #expect(PlainTextReader.splitLines(Array("abcdefgh\r\nijklmnop\rq".utf8)) == ["abcdefgh", "ijklmnop", "q"])
        #expect(PlainTextReader.splitLines(Array("一二三四五六七\n八".utf8)) == ["一二三四五六七", "八"])
        #expect(PlainTextReader.splitLines(Array("abcdefghijklmnop".utf8)) == ["abcdefghijklmnop"])
        #expect(PlainTextReader.splitLines([]) == [])
        #expect(PlainTextReader.splitLines(Array("\n\n".utf8)) == ["", ""])
        // Form feed and other bytes below 0x0E are not line breaks.
        #expect(PlainTextReader.splitLines(Array("abc\u{0C}defghijk\tl".utf8)) == ["abc\u{0C}defghijk\tl"])
    }

    @Test func utf8ScanFindsDamageAfterSkippedWords() {
        for prefix in [0, 1, 7, 8, 9, 16, 17] {
            var bytes = Array(String(repeating: "a", count: prefix).utf8)
            bytes.append(0xFF)
            bytes += Array("预算ab".utf8)
            let scan = UTF8Scan(bytes)
            #expect(scan.invalidOffsets == [prefix])
            #expect(scan.invalidLengths == [1])
            #expect(scan.multiByteCount == 2)
        }
    }

    @Test func scanStopsPastTheDamageLimitOnly() throws {
        // GB18030 bytes of 预算 repeated: every pair is a damaged spot as UTF-8.
        let gb: [UInt8] = Array(repeating: [0xD4, 0xA4, 0xCB, 0xE3, 0x20], count: 40).flatMap { $0 }
        let stopped = UTF8Scan(gb, stoppingAfter: UTF8Scan.mostlyValidRuns)
        #expect(stopped.damagedRuns == UTF8Scan.mostlyValidRuns + 1)
        #expect(!stopped.isMostlyValid)
        #expect(UTF8Scan(gb).damagedRuns == 40)
        #expect(TextDecoding.detect(gb) == .gb18030)
        // Damage within the limit: the scan is complete, as without a limit.
        var damaged = Array(String(repeating: "预算收入二千九百万元。\n", count: 10).utf8)
        damaged[5] = 0xFF
        let limited = UTF8Scan(damaged, stoppingAfter: UTF8Scan.mostlyValidRuns)
        let full = UTF8Scan(damaged)
        #expect(limited.invalidOffsets == full.invalidOffsets)
        #expect(limited.multiByteCount == full.multiByteCount)
        #expect(TextDecoding.detect(damaged) == .utf8)
    }

    @Test(arguments: [
        ([0xE4, 0xB8, 0x80], true), ([0xEF, 0xBF, 0xBD], true), ([0xE1, 0x80, 0x80], true),
        ([0xED, 0x9F, 0xBF], true), ([0xED, 0xA0, 0x80], false), ([0xE0, 0x80, 0x80], false),
        ([0xE0, 0xA0, 0x80], true), ([0xE4, 0xB8], false), ([0xE4, 0x41, 0x80], false),
    ] as [([UInt8], Bool)])
    func threeByteSequences(bytes: [UInt8], isValid: Bool) {
        let scan = UTF8Scan(bytes)
        #expect(scan.invalidOffsets.isEmpty == isValid)
        #expect(scan.multiByteCount == (isValid ? 1 : 0))
    }

    @Test func binaryContentIsFoundInAnyWord() {
        let text = Array(String(repeating: "预算收入", count: 20).utf8)
        #expect(!TextDecoding.isBinary(text))
        for position in [0, 7, 8, 100, text.count - 1] {
            var damaged = text
            damaged[position] = 0
            #expect(TextDecoding.isBinary(damaged))
        }
        // Controls count only above 1 in 200 bytes.
        var controls = text
        controls[9] = 0x01
        #expect(!TextDecoding.isBinary(controls))
        #expect(TextDecoding.isBinary([0x41, 0x01, 0x41]))
        #expect(!TextDecoding.isBinary(Array("a\tb\u{0C}c\u{1B}d\r\n".utf8)))
        #expect(!TextDecoding.isBinary([]))
    }

    @Test func utf16WithoutBOMIsFoundPastLeadingText() {
        // Sixteen bytes without NUL, then UTF-16LE digits: zeros on odd offsets only.
        var bytes = [UInt8](repeating: 0x41, count: 16)
        for digit in Array("2017年预算2941.59".utf16) { bytes += [UInt8(digit & 0xFF), UInt8(digit >> 8)] }
        #expect(TextDecoding.utf16ByNULPattern(bytes) == .utf16LittleEndian)
        #expect(TextDecoding.utf16ByNULPattern(Array("plain text, no zeros".utf8)) == nil)
        #expect(TextDecoding.utf16ByNULPattern([0, 0x41, 0]) == nil)
    }
}
