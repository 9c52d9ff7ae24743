// Every call into glibc's iconv lives here.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an iconv conversion stopped.
package enum IconvFailure: Error, Sendable, Hashable {
    /// The converter could not be opened for the named encoding.
    case unavailable(String)
    /// An invalid sequence at this byte offset of the input.
    case invalidSequence(offset: Int)
    /// The input ends inside a multi-byte sequence that starts at this offset.
    case incompleteSequence(offset: Int)
}

/// Converts `bytes` from `encoding` (an iconv name such as `"GB18030"`) to UTF-8, strictly:
/// the first invalid or incomplete sequence stops the conversion.
///
/// - Complexity: O(n), one pass; the output buffer is sized once (at most 2 bytes of UTF-8 per
///   input byte for the CJK encodings).
package func iconvToUTF8(_ bytes: [UInt8], from encoding: String) throws(IconvFailure) -> [UInt8] {
    guard let descriptor = iconv_open("UTF-8", encoding), descriptor != iconv_t(bitPattern: -1) else {
        throw .unavailable(encoding)
    }
    defer { iconv_close(descriptor) }
    if bytes.isEmpty { return [] }
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var input = bytes
    let result: Result<Int, IconvFailure> = input.withUnsafeMutableBytes { inRaw in
        output.withUnsafeMutableBytes { outRaw in
            guard let inBase = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self),
                let outBase = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            else { return .success(0) }
            var inPointer: UnsafeMutablePointer<CChar>? = inBase
            var outPointer: UnsafeMutablePointer<CChar>? = outBase
            var inLeft = inRaw.count
            var outLeft = outRaw.count
            let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            let consumed = inRaw.count - inLeft
            if status == -1 {
                if errno == EINVAL { return .failure(.incompleteSequence(offset: consumed)) }
                return .failure(.invalidSequence(offset: consumed))
            }
            return .success(outRaw.count - outLeft)
        }
    }
    switch result {
    case .success(let count):
        output.removeSubrange(count...)
        return output
    case .failure(let failure):
        throw failure
    }
}
