/// One scalar at a time to and from well-formed UTF-8, for the byte-level readers and scanners.
///
/// Nothing is validated: the bytes must be a `String`'s storage or the output of a validating
/// decoder (``TextDecoding``), so a lead byte is always followed by its continuation bytes.
enum UTF8Codec {
    /// The scalar value whose encoding starts at `index` of `bytes`; moves `index` past it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            index += 1
            return lead
        }
        if lead < 0xE0 {
            defer { index += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { index += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        }
        defer { index += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
    }

    /// Writes the UTF-8 form of the scalar `value` at `offset` of `output`.
    ///
    /// - Returns: The number of bytes written (1–4).
    @inline(__always)
    static func encode(_ value: UInt32, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch value {
        case 0..<0x80:
            output[offset] = UInt8(value)
            return 1
        case 0x80..<0x800:
            output[offset] = UInt8(0xC0 | (value >> 6))
            output[offset + 1] = UInt8(0x80 | (value & 0x3F))
            return 2
        case 0x800..<0x10000:
            output[offset] = UInt8(0xE0 | (value >> 12))
            output[offset + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            output[offset + 2] = UInt8(0x80 | (value & 0x3F))
            return 3
        default:
            output[offset] = UInt8(0xF0 | (value >> 18))
            output[offset + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            output[offset + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            output[offset + 3] = UInt8(0x80 | (value & 0x3F))
            return 4
        }
    }

    /// Appends the UTF-8 form of the scalar `value` to `output`.
    @inline(__always)
    static func append(_ value: UInt32, to output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            let count = encode(value, into: buffer, at: 0)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
