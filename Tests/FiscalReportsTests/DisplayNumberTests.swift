import Testing
@testable import FiscalReports

@Suite struct NumberTextTests {
    @Test(arguments: [
        (75.965_665, 2, "75.97"), (621.05, 2, "621.05"), (0.005, 2, "0.01"), (-0.004, 2, "0.00"),
        (210.0, 1, "210.0"), (1e-05, 3, "0.000"), (2.5, 0, "3"), (-2.5, 0, "-3"), (1234567.891, 2, "1234567.89"),
    ])
    func fixed(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(DisplayNumber.fixed(value, decimals: decimals) == expected)
    }

    @Test func groupingAndNonFinite() {
        #expect(DisplayNumber.fixed(1234567.891, decimals: 2, grouping: true) == "1,234,567.89")
        #expect(DisplayNumber.fixed(999, decimals: 0, grouping: true) == "999")
        #expect(DisplayNumber.fixed(.nan, decimals: 2) == "—")
        #expect(DisplayNumber.fixed(.infinity, decimals: 2) == "—")
    }

    @Test(arguments: [(Int64(3_540_000), "35400"), (7597, "75.97"), (-130_000, "-1300"), (5, "0.05"), (50, "0.5")])
    func money(_ fen: Int64, _ expected: String) {
        #expect(DisplayNumber.money(fen: fen) == expected)
    }

    @Test func percent() {
        #expect(DisplayNumber.percent(0.0712) == "7.1%")
        #expect(DisplayNumber.percent(-0.25, decimals: 0) == "-25%")
    }
}
