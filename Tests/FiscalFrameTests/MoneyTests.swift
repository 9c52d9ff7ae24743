import Testing
@testable import FiscalFrame

@Suite struct MoneyTests {
    @Test(arguments: [
        ("2941.59", Int64(10_000), Int64(2_941_590_000)),
        ("0.5", 10_000, 500_000),
        ("-0.13", 10_000, -130_000),
        ("25,422.73", 1, 2_542_273),
        ("1.58", 1, 158),
        ("3", 100_000_000, 30_000_000_000),
    ])
    func parsesDecimalText(text: String, multiplier: Int64, fen: Int64) throws {
        let money = try #require(Money(decimalText: text, multiplier: multiplier))
        #expect(money.fen == fen)
    }

    @Test(arguments: [
        ("+5", Int64(1), Int64(500)),
        (".5", 1, 50),
        ("7.", 1, 700),
        ("-0", 1, 0),
        ("1,000,000", 1, 100_000_000),
        ("1,2,3", 1, 12_300),
        ("0.10", 1, 10),
        ("0.000100", 10_000, 100),
        ("92233720368547758.07", 1, Int64.max),
    ])
    func parsesEdgeCases(text: String, multiplier: Int64, fen: Int64) throws {
        let money = try #require(Money(decimalText: text, multiplier: multiplier))
        #expect(money.fen == fen)
    }

    @Test(arguments: [
        "", "-", "+", ".", ",", "-.", "1.2.3", "12a", "１２", " 1", "1 ", "1.5,0", "--1", "+-1", "1-", "١٢",
        "1\u{301}", "-\u{301}1", "1.\u{661}", "1 2", "1,2.3,4", "3\u{2009}000", "0.1234567890123456789", "92233720368547758.08", "99999999999999999999",
    ])
    func rejectsNonDecimals(text: String) {
        #expect(Money(decimalText: text) == nil)
    }

    @Test func readsSignsAndSubstrings() throws {
        #expect(try #require(Money(decimalText: "+12")).fen == 1_200)
        #expect(try #require(Money(decimalText: "金额12.5元".dropFirst(2).dropLast())).fen == 1_250)
    }

    @Test func rejectsAmountsThatOverflowWhenScaled() {
        #expect(Money(decimalText: "922337203685477.59", multiplier: 10_000) == nil)
        #expect(Money(decimalText: "1", multiplier: Int64.max) == nil)
    }

    @Test func parsesSubstrings() throws {
        let text = "合计2941.59万元"
        let digits = text.dropFirst(2).dropLast(2)
        #expect(try #require(Money(decimalText: digits, multiplier: 10_000)).fen == 2_941_590_000)
    }

    @Test func rejectsFractionsOfAFen() {
        #expect(Money(decimalText: "0.001") == nil)
    }

    @Test func describesExactYuan() {
        #expect(Money(fen: 7_597).description == "75.97")
        #expect(Money(fen: 7_505).description == "75.05")
        #expect(Money(fen: 7_550).description == "75.5")
        #expect(Money(fen: -130_000).description == "-1300")
        #expect((Money(yuan: 3) + Money(fen: 1)).description == "3.01")
    }
}
