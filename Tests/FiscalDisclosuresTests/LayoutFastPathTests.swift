import Testing
@testable import FiscalDisclosures

/// The cheap pre-checks of layout and PDF repair agree with the full checks they guard.
@Suite struct LayoutFastPathTests {
    @Test(arguments: ["项目", "  科目名称", "\u{3000}項目", "\u{200B}单位名称", "類", "款"])
    func headerWordsPassThePrefilter(_ line: String) {
        #expect(StackedTable.mayStartHeaderWord(Substring(line)))
        #expect(StackedTable.headerWords.contains(TextNormalizer.normalize(line)))
    }

    @Test(arguments: ["一、概况", "2017年", "(一)项目", "", "   ", "\"项目\""])
    func otherLinesFailThePrefilter(_ line: String) {
        #expect(!StackedTable.mayStartHeaderWord(Substring(line)))
    }

    @Test(arguments: [
        ("2941.", "59万元", true), ("2941", ".59万元", true), ("２９４１．", "５９", true),
        ("2941.  ", "\u{3000}59", true), ("2941", "59", false), ("2941.", "万元", false),
        ("2941", ".", false), ("1", "2", false), ("", ".59", false),
        ("2941\u{3000}", ".59", true), ("2941\r", ".59", true), ("收入。", "59", false), ("2941.万", "59", false),
        ("２９４１", "．５９", true), ("１．", "59", true),
    ])
    func numberWraps(_ text: String, _ next: String, _ expected: Bool) {
        #expect(PDFTextRepair.wrapsNumber(Substring(text), Substring(next)) == expected)
    }

    @Test(arguments: ["34", " 2017 ", "１２", "\t3"])
    func digitsAloneAreNotPageNumbers(_ line: String) {
        #expect(!PDFTextRepair.isPageNumber(Substring(line)))
    }
}
