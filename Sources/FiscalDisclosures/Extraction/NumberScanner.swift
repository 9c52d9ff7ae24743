import FiscalFrame

/// A number read from folded text, with the unit written after it.
struct ScannedNumber: Sendable, Hashable {
    /// The digits as written, without thousands separators (`"2941.59"`, `"-0.13"`).
    var digits: String
    /// The unit written after the number (`万元`, `元`, `人次`, `%`, `年`), or `""`.
    var unit: String
    var unitClass: UnitClass?
    /// Yuan per unit for money (10,000 for 万元).
    var multiplier: Int64
    /// Index of the first scalar of the number and one past its unit.
    var start: Int
    var end: Int

    /// The value as money in yuan, when the unit is a money unit (or `defaultMultiplier` is
    /// given for a unit-less table cell).
    func money(defaultMultiplier: Int64? = nil) -> Money? {
        let m = unitClass == .money ? multiplier : (unit.isEmpty ? defaultMultiplier : nil)
        guard let m else { return nil }
        return Money(decimalText: digits, multiplier: m)
    }

    /// The value as a whole count, when it is one.
    var count: Int? {
        guard !digits.utf8.contains(0x2E), digits.utf8.first != 0x2D else {
            if digits.hasSuffix(".0") || digits.hasSuffix(".00") { return Int(digits.split(separator: ".")[0]) }
            return nil
        }
        return Int(digits)
    }

    var isYear: Bool { unitClass == .year }
    var yearValue: Int? { isYear ? Int(digits) : nil }
    var percentValue: Double? { unitClass == .percent ? Double(digits) : nil }
}

enum NumberScanner {
    private typealias UnitEntry = (text: String, unitClass: UnitClass, multiplier: Int64)
    private static let units: [UnitEntry] = {
        var list: [UnitEntry] = [
            ("万元", .money, 10_000), ("亿元", .money, 100_000_000), ("千元", .money, 1_000), ("元", .money, 1),
            ("万", .money, 10_000),
        ]
        let persons: [String] = ["人次", "人", "名"]
        let batches: [String] = ["批次", "批", "次"]
        let vehicles: [String] = ["辆", "台"]
        let groups: [String] = ["个", "团组", "团"]
        let others: [String] = ["‰", "月", "日", "号", "平方米", "件", "户", "项", "天", "小时", "公里", "条", "份",
                                "家", "所", "倍", "期", "处", "套", "亩"]
        for u in persons { list.append((u, .persons, 1)) }
        for u in batches { list.append((u, .batches, 1)) }
        for u in vehicles { list.append((u, .vehicles, 1)) }
        for u in groups { list.append((u, .groups, 1)) }
        list.append(("%", .percent, 1))
        list.append(("年", .year, 1))
        for u in others { list.append((u, .other, 1)) }
        return list
    }()
    /// The units by their first folded scalar, each group longest first, so a unit is looked
    /// up once per number instead of trying every unit.
    private static let unitsByFirstScalar: [UInt32: [([UInt32], UnitEntry)]] = {
        var groups: [UInt32: [([UInt32], UnitEntry)]] = [:]
        for entry in units {
            let scalars = ScalarText.folded(entry.text)
            groups[scalars[0], default: []].append((scalars, entry))
        }
        return groups.mapValues { group in group.sorted { $0.0.count > $1.0.count } }
    }()

    @inline(__always)
    static func isDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    /// Reads the number starting at `position` (a digit, or a minus sign before one).
    ///
    /// Thousands commas count only when followed by exactly three digits (`25,422.73`); a comma
    /// after a number otherwise ends it (the folded form of `，`). A year is a 4-digit whole
    /// number from 1949 to 2100 followed by 年. The unit is the longest one written right after
    /// the number.
    static func scan(_ s: [UInt32], at position: Int) -> ScannedNumber? {
        var i = position
        if i < s.count, s[i] == 0x2D {  // -
            guard i + 1 < s.count, isDigit(s[i + 1]) else { return nil }
            i += 1
        }
        guard i < s.count, isDigit(s[i]) else { return nil }
        var seenPoint = false
        var separators = 0
        while i < s.count {
            let c = s[i]
            if isDigit(c) {
                i += 1
            } else if c == 0x2E, !seenPoint, i + 1 < s.count, isDigit(s[i + 1]) {
                seenPoint = true
                i += 1
            } else if c == 0x2C, !seenPoint, i + 3 < s.count, isDigit(s[i + 1]), isDigit(s[i + 2]),
                isDigit(s[i + 3]), i + 4 >= s.count || !isDigit(s[i + 4])
            {
                separators += 1
                i += 1  // thousands separator
            } else {
                break
            }
        }
        // Every comma inside the number is a thousands separator: the digits leave them out.
        let end = i
        let digits = String(unsafeUninitializedCapacity: end - position - separators) { bytes in
            var n = 0
            for k in position..<end where s[k] != 0x2C {
                bytes[n] = UInt8(truncatingIfNeeded: s[k])
                n += 1
            }
            return n
        }
        var number = ScannedNumber(digits: digits, unit: "", unitClass: nil, multiplier: 1, start: position, end: end)
        guard end < s.count, let candidates = unitsByFirstScalar[s[end]] else { return number }
        for (scalars, unit) in candidates {
            guard end + scalars.count <= s.count else { continue }
            var matches = true
            for k in 1..<scalars.count where s[end + k] != scalars[k] {
                matches = false
                break
            }
            guard matches else { continue }
            if unit.unitClass == .year {
                guard let y = Int(number.digits), number.digits.utf8.count == 4, (1949...2100).contains(y) else {
                    number.unit = unit.text
                    number.unitClass = .other
                    number.end = end + scalars.count
                    return number
                }
            }
            number.unit = unit.text == "万" ? "万元" : unit.text
            number.unitClass = unit.unitClass
            number.multiplier = unit.multiplier
            number.end = end + scalars.count
            return number
        }
        return number
    }
}
