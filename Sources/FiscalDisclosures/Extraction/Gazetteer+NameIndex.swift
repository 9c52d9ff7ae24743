extension Gazetteer {
    /// Division names laid out for scanning text without hashing a single string.
    ///
    /// Every division name begins with a CJK unified ideograph, so a flat table indexed by the
    /// first scalar (U+4E00–U+9FFF) gives the names that can start at a position, longest first.
    /// Their scalars sit in one flat array; each distinct name is an ``Entry`` whose divisions
    /// carry their codes as numbers, so resolving a region compares integers.
    struct NameIndex: Sendable {
        /// A division as the resolver needs it: its code as a number and its level.
        struct Place: Sendable {
            /// The six-digit code as a number (`320481`).
            var code: Int32
            var level: Level
            /// The code of its province (`320000`).
            var provinceCode: Int32 { code / 10000 * 10000 }
            /// The code of its prefecture (`320400`); for provinces, the province code.
            var prefectureCode: Int32 { code / 100 * 100 }

            /// The place of a division; nil if its code is not a number.
            init?(_ division: Division) {
                guard let code = Int32(division.code) else { return nil }
                self.code = code
                self.level = division.level
            }
        }

        /// One distinct name and the divisions bearing it, in table order.
        struct Entry: Sendable {
            var name: String
            var places: [Place]
        }

        /// The first scalar the table covers.
        static let firstScalar: UInt32 = 0x4E00
        /// The number of scalars the table covers (U+4E00–U+9FFF).
        static let scalarCount: UInt32 = 0xA000 - 0x4E00
        /// Two-character generic names (城区, 矿区, 郊区, 新区) occur inside ordinary words and are
        /// never matched.
        static let genericNames: Set<String> = ["城区", "矿区", "郊区", "新区"]

        /// The names that can be matched, in table order.
        let entries: [Entry]
        /// The names of the province-level units by code.
        let provinceNames: [Int32: String]
        /// The candidates starting with scalar `c` are the positions
        /// `groupStart[c - firstScalar] ..< groupStart[c - firstScalar + 1]`, longest first.
        private let groupStart: [Int32]
        /// The entry of each candidate.
        private let candidateEntry: [Int32]
        /// Candidate `k` spells `scalars[scalarStart[k] ..< scalarStart[k + 1]]`.
        private let scalarStart: [Int32]
        private let scalars: [UInt32]
        /// The first two scalars of every name.
        private let pairFilter: PairFilter

        /// Builds the index over every name of at least two characters except the generic ones.
        init(byName: [String: [Division]]) {
            var entries: [Entry] = []
            var entryScalars: [[UInt32]] = []
            var provinceNames: [Int32: String] = [:]
            // Names in table order: by the code of their first division.
            let named = byName.map { (name: $0.key, places: $0.value.compactMap(Place.init)) }
                .sorted { ($0.places.first?.code ?? 0) < ($1.places.first?.code ?? 0) }
            for (name, places) in named {
                for place in places where place.level == .province { provinceNames[place.code] = name }
                let scalars = name.unicodeScalars.map(\.value)
                guard scalars.count >= 2, scalars[0] &- Self.firstScalar < Self.scalarCount, name.count >= 2,
                    scalars.count > 2 || !Self.genericNames.contains(name)
                else { continue }
                entries.append(Entry(name: name, places: places))
                entryScalars.append(scalars)
            }
            // Candidates in scanning order: by first scalar, then longest first (names of equal
            // length cannot both match at one position), then in table order.
            let order = entries.indices.sorted { a, b in
                (entryScalars[a][0], entryScalars[b].count, a) < (entryScalars[b][0], entryScalars[a].count, b)
            }
            var groupStart = [Int32](repeating: 0, count: Int(Self.scalarCount) + 1)
            for scalars in entryScalars { groupStart[Int(scalars[0] - Self.firstScalar) + 1] += 1 }
            for group in 0..<Int(Self.scalarCount) { groupStart[group + 1] += groupStart[group] }
            var scalarStart: [Int32] = [0]
            var scalars: [UInt32] = []
            var pairFilter = PairFilter()
            for entry in order {
                let name = entryScalars[entry]
                scalars.append(contentsOf: name)
                scalarStart.append(Int32(scalars.count))
                pairFilter.insert(name[0], name[1])
            }
            self.entries = entries
            self.provinceNames = provinceNames
            self.groupStart = groupStart
            self.candidateEntry = order.map { Int32($0) }
            self.scalarStart = scalarStart
            self.scalars = scalars
            self.pairFilter = pairFilter
        }

        /// The entries named in `text`, in order of appearance, longest match at each position;
        /// variant characters of place names are read as their Simplified form.
        func matches(in text: String) -> [Int32] {
            var units: [UInt32] = []
            units.reserveCapacity(text.utf8.count)
            text.forEachScalarValue { units.append($0); return true }
            return matches(in: units)
        }

        /// ``matches(in:)`` on the scalar values of a text.
        ///
        /// - Complexity: O(n · k) for n scalars of text and k names sharing a first scalar;
        ///   a position whose first two scalars begin no name costs one table look-up.
        func matches(in text: [UInt32]) -> [Int32] {
            var found: [Int32] = []
            var i = 0
            let n = text.count
            scanning: while i + 1 < n {
                let first = Gazetteer.simplifiedPlaceScalar(text[i])
                let offset = first &- Self.firstScalar
                if offset < Self.scalarCount && pairFilter.mayBegin(first, Gazetteer.simplifiedPlaceScalar(text[i + 1])) {
                    var k = Int(groupStart[Int(offset)])
                    let end = Int(groupStart[Int(offset) + 1])
                    while k < end {
                        let start = Int(scalarStart[k])
                        let length = Int(scalarStart[k + 1]) - start
                        if i + length <= n {
                            var j = 1
                            while j < length && Gazetteer.simplifiedPlaceScalar(text[i + j]) == scalars[start + j] { j += 1 }
                            if j == length {
                                found.append(candidateEntry[k])
                                i += length
                                continue scanning
                            }
                        }
                        k += 1
                    }
                }
                i += 1
            }
            return found
        }
    }

    /// A bit per hashed pair of scalars: set for the first two scalars of every name, so a
    /// clear bit proves no name starts with that pair (a set bit may be a collision).
    struct PairFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1 << 10)

        /// The bit of a pair: 16 bits of a multiplicative mix.
        private static func bit(_ first: UInt32, _ second: UInt32) -> Int {
            Int(((first &* 0x9E37_79B1) ^ second) & 0xFFFF)
        }

        /// Records that a name starts with `first`, `second`.
        mutating func insert(_ first: UInt32, _ second: UInt32) {
            let b = Self.bit(first, second)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }

        /// Whether some name may start with `first`, `second`.
        func mayBegin(_ first: UInt32, _ second: UInt32) -> Bool {
            let b = Self.bit(first, second)
            return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
    }
}

extension StringProtocol {
    /// Calls `body` with the value of each Unicode scalar of the string in order, until it
    /// returns false. Reads the UTF-8 bytes directly when they are contiguous (always, for
    /// native strings), which is several times cheaper than the scalar view.
    func forEachScalarValue(_ body: (UInt32) -> Bool) {
        let done: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                if !body(UTF8Codec.decode(bytes, at: &i)) { return }
            }
        }
        guard done == nil else { return }
        for scalar in unicodeScalars where !body(scalar.value) { return }
    }
}
