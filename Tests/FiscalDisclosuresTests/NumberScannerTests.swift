import Testing
@testable import FiscalDisclosures

/// Numbers and their units in folded text.
@Suite struct NumberScannerTests {
    func scan(_ text: String, at position: Int = 0) -> ScannedNumber? {
        NumberScanner.scan(ScalarText(text).scalars, at: position)
    }

    @Test func digitsAndThousandsSeparators() throws {
        let n = try #require(scan("25,422.73万元，"))
        #expect(n.digits == "25422.73")
        #expect(n.unit == "万元" && n.unitClass == .money && n.multiplier == 10_000)
        #expect(n.start == 0 && n.end == 11)
        // A comma not followed by exactly three digits ends the number.
        #expect(try #require(scan("1,2,3")).digits == "1")
        #expect(try #require(scan("2016,2017年")).digits == "2016")
        #expect(try #require(scan("1,2345")).digits == "1")
        #expect(try #require(scan("1,234")).digits == "1234")
        // A point counts once, and only before a digit.
        #expect(try #require(scan("1.5.6")).digits == "1.5")
        #expect(try #require(scan("3.")).digits == "3")
    }

    @Test func signsAndPositions() throws {
        #expect(try #require(scan("-0.13万元")).digits == "-0.13")
        #expect(scan("-万元") == nil)
        #expect(scan("-") == nil)
        #expect(scan("") == nil)
        #expect(scan("万元") == nil)
        let n = try #require(scan("支出12元", at: 2))
        #expect(n.digits == "12" && n.unit == "元" && n.start == 2 && n.end == 5)
    }

    @Test func longestUnitWins() throws {
        #expect(try #require(scan("5人次")).unit == "人次")
        #expect(try #require(scan("5人")).unitClass == .persons)
        #expect(try #require(scan("3批次")).unitClass == .batches)
        #expect(try #require(scan("2团组")).unit == "团组")
        #expect(try #require(scan("120平方米")).unitClass == .other)
        #expect(try #require(scan("1.5亿元")).multiplier == 100_000_000)
        // 万 alone is read as 万元.
        let wan = try #require(scan("12万"))
        #expect(wan.unit == "万元" && wan.multiplier == 10_000 && wan.end == 3)
        // A unit cut by the end of the text is not a unit.
        let bare = try #require(scan("12平方"))
        #expect(bare.unit == "" && bare.unitClass == nil && bare.end == 2)
        #expect(try #require(scan("12％")).unitClass == .percent)
    }

    @Test func years() throws {
        #expect(try #require(scan("2019年")).yearValue == 2019)
        // Outside 1949…2100, or not four digits, 年 is another unit.
        let old = try #require(scan("1900年"))
        #expect(old.yearValue == nil && old.unitClass == .other && old.unit == "年" && old.end == 5)
        #expect(try #require(scan("10年")).unitClass == .other)
        #expect(try #require(scan("2019.5年")).unitClass == .other)
    }

    @Test func counts() throws {
        #expect(try #require(scan("12辆")).count == 12)
        #expect(try #require(scan("12.00")).count == 12)
        #expect(try #require(scan("12.5")).count == nil)
        #expect(try #require(scan("-3")).count == nil)
    }
}
