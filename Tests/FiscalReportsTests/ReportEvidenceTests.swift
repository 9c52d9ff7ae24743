import Testing
@testable import FiscalReports

@Suite struct ReportEvidenceTests {
    @Test func sameFileIsNamedOnceWithItsLines() {
        #expect(compactReferences(["a/b.txt:6", "a/b.txt:7"]) == "a/b.txt:6,7")
        #expect(compactReferences(["a/b.txt:42", "a/b.txt:42"]) == "a/b.txt:42")
    }

    @Test func filesKeepTheirOrderOfFirstAppearance() {
        let refs = ["z.docx:29", "a.txt:3", "z.docx:41", "a.txt:3", "a.txt:5"]
        #expect(compactReferences(refs) == "z.docx:29,41; a.txt:3,5")
    }

    @Test func emptyAndLinelessReferences() {
        #expect(compactReferences([]) == "")
        #expect(compactReferences(["", "c.html:9", ""]) == "c.html:9")
        #expect(compactReferences(["C:report.txt", "d.txt:"]) == "C:report.txt; d.txt:")
    }

    @Test(arguments: [(210.0, "210"), (1_234_567.0, "1,234,567"), (0.5, "0.50"), (1_000.25, "1,000.25")])
    func yuanAmountsDropDecimalsOnlyWhenWhole(value: Double, expected: String) {
        #expect(wholeYuanText(value) == expected)
        #expect(yuanCell(value).plainTextGrouped == expected)
    }

    @Test func forecastsAreShownToTheWholeYuan() {
        #expect(wholeYuan(.number(120_337.05, decimals: 2)) == "120,337")
        #expect(wholeYuan(.empty) == "")
    }
}
