/// An open-addressing hash table from UTF-8 byte strings to dense codes in insertion order.
///
/// Keys are compared byte for byte (not by Unicode canonical equivalence, which Swift's
/// `String ==` uses): this is what lets text keys hash at memory speed, and it is the
/// equality CSV data has. Used to factorize text columns and to intern repeated cells while
/// reading.
package struct ByteKeyTable {
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var bytes: [UInt8] = []
    /// The number of distinct keys.
    package private(set) var count = 0

    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        starts = [0]
    }

    /// The bytes of key `code`.
    package func key(_ code: Int) -> ArraySlice<UInt8> { bytes[starts[code]..<starts[code + 1]] }

    /// The code of the key in `p[0..<n]`, inserting it when new.
    @inline(__always)
    package mutating func code(_ p: UnsafePointer<UInt8>, _ n: Int) -> (code: Int32, isNew: Bool) {
        let h = Self.hash(p, n)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let c = slots[slot]
            if c < 0 { break }
            let code = Int(c)
            if hashes[code] == h && starts[code + 1] - starts[code] == n {
                if n == 0 { return (c, false) }
                let start = starts[code]
                let equal = bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { memoryEqual($0 + start, p, n) } ?? false
                }
                if equal { return (c, false) }
            }
            slot = (slot + 1) & mask
        }
        let code = Int32(count)
        slots[slot] = code
        hashes.append(h)
        bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        starts.append(bytes.count)
        count += 1
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// The code of `string`'s UTF-8 bytes.
    @inline(__always)
    package mutating func code(_ string: String) -> (code: Int32, isNew: Bool) {
        if string.isEmpty {
            var zero: UInt8 = 0
            return withUnsafePointer(to: &zero) { code($0, 0) }
        }
        if let result = string.utf8.withContiguousStorageIfAvailable({ buffer in
            code(buffer.baseAddress!, buffer.count)
        }) {
            return result
        }
        var copy = string
        return copy.withUTF8 { code($0.baseAddress!, $0.count) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for code in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }

    /// A fast 64-bit hash of bytes: 8-byte words folded by multiply–xorshift, then a final mix.
    @inline(__always)
    package static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
        }
        h ^= h >> 32
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h
    }
}

@inline(__always)
private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
        if UnsafeRawPointer(a).loadUnaligned(fromByteOffset: i, as: UInt64.self)
            != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

/// An open-addressing hash table from 64-bit keys to dense codes in insertion order.
package struct IntKeyTable {
    private var slots: [Int32]
    private var keys: [UInt64] = []
    private var mask: Int
    package private(set) var count = 0

    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    package mutating func code(_ key: UInt64) -> (code: Int32, isNew: Bool) {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let c = slots[slot]
            if c < 0 { break }
            if keys[Int(c)] == key { return (c, false) }
            slot = (slot + 1) & mask
        }
        let code = Int32(count)
        slots[slot] = code
        keys.append(key)
        count += 1
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (code, key) in keys.enumerated() {
            var h = key &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
