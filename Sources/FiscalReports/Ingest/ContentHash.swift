import Foundation
import FiscalDisclosures

/// A 128-bit content fingerprint (two FNV-1a 64-bit lanes with different offsets).
///
/// Used to detect duplicate documents, not for security.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    struct Hasher {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        mutating func combine(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = b &+ (b >> 29)
            }
        }
        mutating func combine(_ text: String) {
            combine(text.utf8)
            combine(CollectionOfOne(0x1F))
        }
        var value: ContentHash { ContentHash(high: a, low: b) }
    }

    var description: String { String(format: "%016llx%016llx", high, low) }

    /// The fingerprint of what a document says: identity and every fact (metric, category,
    /// value, unit, year, kind, origin, line, evidence), not the file's path or encoding, so the
    /// same disclosure saved in GB18030 and in UTF-8 is one document.
    static func of(_ extraction: DocumentExtraction) -> ContentHash {
        var h = Hasher()
        let identity = extraction.identity
        h.combine(identity.agency ?? "")
        h.combine(identity.region ?? "")
        h.combine(identity.year.map(String.init) ?? "")
        h.combine(identity.kind?.rawValue ?? "")
        h.combine(identity.scope?.rawValue ?? "")
        for fact in extraction.facts {
            h.combine(fact.metric)
            h.combine(fact.category ?? "")
            h.combine(fact.value.description)
            h.combine(fact.unit)
            h.combine(fact.year.map(String.init) ?? "")
            h.combine(fact.kind?.rawValue ?? "")
            h.combine(fact.origin.rawValue)
            h.combine(String(fact.line))
            h.combine(fact.evidence)
        }
        return h.value
    }

    /// The fingerprint of raw bytes with a UTF-8 BOM dropped and CRLF read as LF (for files
    /// that yield no facts).
    static func of(bytes: Data) -> ContentHash {
        var h = Hasher()
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        var previous: UInt8 = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(slice.count)
        for byte in slice {
            if previous == 0x0D && byte == 0x0A { buffer[buffer.count - 1] = 0x0A } else { buffer.append(byte) }
            previous = byte
        }
        h.combine(CollectionOfOne(0x02))
        h.combine(buffer)
        return h.value
    }
}
