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

    @Test(arguments: ["", "-", "1.2.3", "12a", "１２", "1\u{301}", "-\u{301}1", "1.\u{661}", "1 2", "+", "1,2.3,4"])
    func rejectsNonDecimals(text: String) {
        #expect(Money(decimalText: text) == nil)
    }

    @Test func readsSignsAndSubstrings() throws {
        #expect(try #require(Money(decimalText: "+12")).fen == 1_200)
        #expect(try #require(Money(decimalText: "金额12.5元".dropFirst(2).dropLast())).fen == 1_250)
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
