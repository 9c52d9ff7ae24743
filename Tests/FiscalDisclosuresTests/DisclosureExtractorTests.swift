import Testing
@testable import FiscalDisclosures

@Suite struct DisclosureExtractorTests {
    /// The byte reading of a final 。 agrees with `hasSuffix`, including where the character
    /// before it would join it (a prepended mark) or a mark joins it.
    @Test(arguments: [
        "", "。", "a。", "支出增加。", "支出增加。。", "支出增加", "。支出", "收入3.5万元。", "（一）。", "、。", "é。", "😀。",
        "\u{0600}。", "a\u{0600}。", "。\u{301}", "支出。\u{301}", "\u{3002}", "\r\n。", "。 ",
    ])
    func fullStopMatchesHasSuffix(text: String) {
        #expect(DisclosureExtractor.endsWithFullStop(text) == text.hasSuffix("。"))
    }
}
