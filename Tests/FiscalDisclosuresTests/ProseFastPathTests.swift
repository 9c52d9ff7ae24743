import Testing
@testable import FiscalDisclosures

/// The byte-level shortcuts of the prose scanner agree with the slow reading of the text.
@Suite struct ProseFastPathTests {
    /// `mayHoldFigures` the slow way: a digit (ASCII or full-width) or one of 无没未持.
    func reference(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
                || ["无", "没", "未", "持"].contains(Character(scalar))
        }
    }

    @Test func mayHoldFiguresFindsDigitsAndWordsAtEveryOffset() {
        let fillers = ["", "一", "一般公共", "预算支出安排情况说明", "a", "ab ", "经费，"]
        let markers = ["5", "５", "无", "没有", "未安排", "持平", "", "元", "é"]
        for lead in fillers {
            for marker in markers {
                for tail in fillers {
                    for repeatCount in 0..<4 {
                        let text = String(repeating: lead, count: repeatCount) + marker + tail
                        #expect(ProseScanner.mayHoldFigures(text) == reference(text), "\(text)")
                    }
                }
            }
        }
    }
}
