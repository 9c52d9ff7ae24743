import Testing
@testable import FiscalFrame

/// A small deterministic generator (SplitMix64) so random cases are reproducible.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func parse(_ text: String, grouping: Bool = false) -> ParsedNumber {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return NumberParser.parse([UInt8](), 0, allowsGrouping: grouping) }
        return NumberParser.parse(base, buffer.count, allowsGrouping: grouping)
    }
}

private func digits(_ count: Int, leadingNonZero: Bool, using rng: inout SplitMix64) -> String {
    var text = ""
    for index in 0..<count {
        let low = (index == 0 && leadingNonZero) ? 1 : 0
        text.append(Character(String(Int.random(in: low...9, using: &rng))))
    }
    return text
}

@Suite("CSV number parsing from bytes")
struct CSVNumberParsingTests {
    @Test("Random decimals parse to the same bits as Double(String)")
    func randomDecimalsMatchStandardLibrary() throws {
        var rng = SplitMix64(state: 20_261_202)
        for _ in 0..<20_000 {
            let intCount = Int.random(in: 1...12, using: &rng)
            let intPart = intCount == 1 ? digits(1, leadingNonZero: false, using: &rng)
                                        : digits(intCount, leadingNonZero: true, using: &rng)
            let fraction = digits(Int.random(in: 0...10, using: &rng), leadingNonZero: false, using: &rng)
            var text = (Bool.random(using: &rng) ? "-" : "") + intPart + "." + fraction
            if Int.random(in: 0..<4, using: &rng) == 0 {
                text += "e" + String(Int.random(in: -30...30, using: &rng))
            }
            let expected = try #require(Double(text), "\(text)")
            guard case .double(let value) = parse(text) else {
                Issue.record("\(text) did not parse as a double")
                continue
            }
            #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) vs \(expected)")
        }
    }

    @Test("Random integers parse exactly")
    func randomIntegers() {
        var rng = SplitMix64(state: 7)
        for _ in 0..<5_000 {
            let value = Int.random(in: Int.min...Int.max, using: &rng) >> Int.random(in: 0...62, using: &rng)
            #expect(parse(String(value)) == .int(value), "\(value)")
        }
        #expect(parse(String(Int.min)) == .int(Int.min))
        #expect(parse(String(Int.max)) == .int(Int.max))
    }

    @Test("Hard cases beyond the fast path round correctly", arguments: [
        "9007199254740993.0", "0.1", "1e22", "1e23", "2.2250738585072014e-308", "4.9e-324",
        "1.7976931348623157e308", "123456789012345678901234.5", "0.30000000000000004",
        "3.141592653589793238462643383279", "1e-400", "-0.0", "5e-324",
    ])
    func hardCases(text: String) throws {
        let expected = try #require(Double(text))
        guard case .double(let value) = parse(text) else {
            Issue.record("\(text) did not parse as a double")
            return
        }
        #expect(value.bitPattern == expected.bitPattern)
    }

    @Test("Leading-zero digits are codes, not numbers", arguments: ["0123", "007.5", "00", "-0123"])
    func leadingZeroCodes(text: String) {
        #expect(parse(text) == .code)
    }

    @Test("Malformed cells are not numbers", arguments: [
        "", "-", "+", ".", "1e", "1e+", "1.2.3", "abc", "1 ", " 1", "1,23", "--1", "e5", "0x10",
    ])
    func notNumbers(text: String) {
        #expect(parse(text, grouping: true) == .notNumber)
    }

    @Test("Thousands grouping only when allowed and in groups of three")
    func grouping() {
        #expect(parse("12,345", grouping: true) == .int(12_345))
        #expect(parse("1,234,567.5", grouping: true) == .double(1_234_567.5))
        #expect(parse("12,345", grouping: false) == .notNumber)
        #expect(parse("1234,567", grouping: true) == .notNumber)
        #expect(parse("1,2345", grouping: true) == .notNumber)
    }

    @Test("Integers too wide for Int stay text")
    func wideIntegers() {
        #expect(parse("9223372036854775808") == .code)
        #expect(parse("-9223372036854775809") == .code)
        #expect(parse("123456789012345678901") == .code)
    }
}
