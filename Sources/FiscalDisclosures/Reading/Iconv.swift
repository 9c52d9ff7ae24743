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
///   input byte for the CJK encodings) and neither it nor the input is copied or cleared first.
package func iconvToUTF8(_ bytes: [UInt8], from encoding: String) throws(IconvFailure) -> [UInt8] {
    guard let descriptor = iconv_open("UTF-8", encoding), descriptor != iconv_t(bitPattern: -1) else {
        throw .unavailable(encoding)
    }
    defer { iconv_close(descriptor) }
    if bytes.isEmpty { return [] }
    var failure: IconvFailure?
    let output = [UInt8](unsafeUninitializedCapacity: bytes.count * 2 + 16) { outBuffer, initializedCount in
        initializedCount = 0
        bytes.withUnsafeBufferPointer { inBuffer in
            guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
            // iconv takes `char **` for its input but does not write through it.
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inBase)
                .assumingMemoryBound(to: CChar.self)
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            var outLeft = outBuffer.count
            let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            if status == -1 {
                let consumed = inBuffer.count - inLeft
                failure = errno == EINVAL ? .incompleteSequence(offset: consumed) : .invalidSequence(offset: consumed)
                return
            }
            initializedCount = outBuffer.count - outLeft
        }
    }
    if let failure { throw failure }
    return output
}
