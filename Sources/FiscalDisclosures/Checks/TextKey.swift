import Foundation

/// Text as a hash key: equal exactly when the strings are (`String ==`, canonical equivalence),
/// hashed from the UTF-8 bytes when those are already in Normalization Form C.
///
/// `String` hashes the NFC form of any text it cannot prove normalized, which for non-ASCII text
/// is a normalization pass per hash. Disclosure text is almost all ASCII and CJK, and text made
/// only of the scalars ``isKnownNFC(_:)`` accepts is NFC as it stands, so its own bytes are its
/// normal form. Other text hashes the bytes of its NFC form (Foundation's canonical mapping), so
/// canonically equivalent strings hash alike whichever way each one is hashed.
struct TextKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool { lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { Self.hash(text, into: &hasher) }

    /// Feeds `text` to `hasher` as a `TextKey` would, without wrapping it: canonically
    /// equivalent strings feed the same bytes.
    static func hash(_ text: String, into hasher: inout Hasher) {
        var text = text
        let isHashed = text.withUTF8 { bytes -> Bool in
            guard isKnownNFC(bytes) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return true
        }
        if !isHashed {
            var normalized = text.precomposedStringWithCanonicalMapping
            normalized.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        // Ends the key, so that a key followed by other fields hashes apart from a longer key.
        hasher.combine(0xFF as UInt8)
    }

    /// Whether valid UTF-8 `bytes` consist only of scalars that have no canonical decomposition,
    /// combining class 0 and never compose with a neighbour, so that the text is its own NFC form:
    /// ASCII, general punctuation U+2010–U+2027 (dashes, quotation marks, …), CJK punctuation
    /// U+3000–U+3029, CJK ideographs and hexagrams U+4000–U+9FFF and full-width ASCII U+FF01–U+FF5E.
    ///
    /// `false` only means "not known": the text may still be normalized.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard i + 2 < n else { return false }
            let second = bytes[i + 1], third = bytes[i + 2]
            switch lead {
            case 0xE4...0xE9: break  // U+4000–U+9FFF
            case 0xE3: guard second == 0x80, third <= 0xA9 else { return false }  // U+3000–U+3029
            case 0xE2: guard second == 0x80, third >= 0x90, third <= 0xA7 else { return false }  // U+2010–U+2027
            case 0xEF:  // U+FF01–U+FF5E
                guard (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9E) else { return false }
            default: return false
            }
            i += 3
        }
        return true
    }
}
