/// Tests on eight bytes at once, for scanning UTF-8 a word at a time (SWAR: SIMD within a
/// register).
///
/// Each test is exact for the word as a whole; which byte matched is not reported, so callers
/// look at the eight bytes one by one when a test is true.
enum ByteWord {
    /// The word with every byte 0x01.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The word with every byte 0x80.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `buffer`, which must hold `offset + 8` bytes.
    @inline(__always)
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(buffer.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether all eight bytes are ASCII (below 0x80).
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    /// Whether some byte of `word` is below `limit`, which must be at most 0x80.
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highBits != 0
    }

    /// The high bit of each byte of `word` that is `byte`, and no other bit (exact for every
    /// byte, unlike ``contains(_:in:)``, whose borrow can mark bytes above a match).
    ///
    /// Bytes are numbered from the lowest address: byte `k` of a loaded word is bit `8k + 7`
    /// of the mask.
    @inline(__always)
    static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (UInt64(byte) &* ones)
        let lowBits = ~highBits
        return ~(((difference & lowBits) &+ lowBits) | difference | lowBits)
    }

    /// Whether some byte of `word` is `byte`.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (UInt64(byte) &* ones))
    }
}
