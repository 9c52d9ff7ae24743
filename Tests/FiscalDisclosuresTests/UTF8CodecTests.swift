import Testing
@testable import FiscalDisclosures

@Suite struct UTF8CodecTests {
    /// One scalar of each encoded length, and the boundaries between lengths.
    static let samples: [UInt32] = [0x00, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E07, 0xFFFD, 0xFFFF, 0x10000, 0x1D11E, 0x10FFFF]

    @Test(arguments: samples)
    func encodesAsTheStandardLibraryDoes(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value) ?? (value == 0 ? Unicode.Scalar(0) : nil))
        let expected = Array(String(Character(scalar)).utf8)
        var appended: [UInt8] = [0x61]
        UTF8Codec.append(value, to: &appended)
        #expect(appended == [0x61] + expected)
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            Array(buffer[..<UTF8Codec.encode(value, into: buffer, at: 0)])
        }
        #expect(written == expected)
    }

    @Test func decodesEveryScalarOfAStringWithItsOffset() {
        let text = "a\u{7FF}中\u{FFFF}𝄞元\u{10FFFF}"
        var values: [UInt32] = []
        var offsets: [Int] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                offsets.append(index)
                values.append(UTF8Codec.decode(bytes, at: &index))
            }
            #expect(index == bytes.count)
        }
        #expect(values == text.unicodeScalars.map(\.value))
        #expect(offsets == [0, 1, 3, 6, 9, 13, 16])
    }
}
