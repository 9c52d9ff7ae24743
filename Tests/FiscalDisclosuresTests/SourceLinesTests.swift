import Testing
@testable import FiscalDisclosures

/// The two storages of `SourceLines` and the byte masks of `ByteWord` agree with the plain
/// reading of the same data.
@Suite struct SourceLinesTests {
    @Test func rangesAndStringsAreEqualAndHashAlike() {
        let text = "第一行\n预算 2941.59万元\n\nlast"
        var ranges: [Range<Int>] = []
        var start = 0
        for (offset, byte) in text.utf8.enumerated() where byte == 0x0A {
            ranges.append(start..<offset)
            start = offset + 1
        }
        ranges.append(start..<text.utf8.count)
        let sliced = SourceLines(text, ranges: ranges)
        let strings = SourceLines(["第一行", "预算 2941.59万元", "", "last"])
        #expect(sliced.strings == ["第一行", "预算 2941.59万元", "", "last"])
        #expect(sliced == strings)
        #expect(sliced.hashValue == strings.hashValue)
        #expect(sliced.line(2) == "预算 2941.59万元")
        #expect(sliced.line(0) == nil && sliced.line(5) == nil)
        #expect(sliced != SourceLines(["第一行", "预算", "", "last"]))
    }

    @Test func matchesMarksExactlyTheEqualBytes() {
        let samples: [[UInt8]] = [
            [0x7C, 0x00, 0xFF, 0x7C, 0x9C, 0x80, 0x7D, 0x7B], [0, 0, 0, 0, 0, 0, 0, 0],
            [0x9C, 0x9C, 0x1C, 0x9D, 0x9B, 0xDC, 0x9C, 0x8C], Array(0x78...0x7F),
        ]
        for bytes in samples {
            let word = bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
            for target: UInt8 in [0x7C, 0x9C, 0x00, 0xFF] {
                var expected: UInt64 = 0
                for (k, byte) in bytes.enumerated() where byte == target { expected |= 0x80 << (8 * UInt64(k)) }
                #expect(ByteWord.matches(target, in: word) == expected, "\(bytes) \(target)")
            }
        }
    }
}
