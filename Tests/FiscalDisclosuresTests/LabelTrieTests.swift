import Testing
@testable import FiscalDisclosures

/// Longest-match lookup in `LabelTrie`.
@Suite struct LabelTrieTests {
    let trie = LabelTrie([
        ("支出", .term(1)), ("支出总计", .term(2)), ("支", .term(3)), ("预算", .kind(.budget)), ("支出", .term(9)),
        ("比", .comparator), ("𠀀字", .term(4)), ("", .term(5)),
    ])

    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func findsTheLongestWord() throws {
        let text = scalars("本年支出总计100")
        let match = try #require(trie.longestMatch(in: text, at: 2))
        #expect(match.token == .term(2))
        #expect(match.length == 4)
        // A word cut short falls back to the longest complete prefix.
        let short = try #require(trie.longestMatch(in: scalars("支出总"), at: 0))
        #expect(short.token == .term(1) && short.length == 2)
        let single = try #require(trie.longestMatch(in: scalars("支付"), at: 0))
        #expect(single.token == .term(3) && single.length == 1)
    }

    @Test func firstEntryForAWordWins() throws {
        #expect(try #require(trie.longestMatch(in: scalars("支出"), at: 0)).token == .term(1))
    }

    @Test func positionsThatStartNoWord() {
        #expect(trie.longestMatch(in: scalars("本年"), at: 0) == nil)
        #expect(trie.longestMatch(in: scalars("本年"), at: 1) == nil)
        #expect(!trie.startsWord(0))
        #expect(!trie.startsWord(0x672C))  // 本
        #expect(trie.startsWord(0x652F))  // 支
        // Words starting outside the Basic Multilingual Plane are not entered.
        #expect(!trie.startsWord(0x20000))
        #expect(trie.longestMatch(in: scalars("𠀀字"), at: 0) == nil)
    }

    @Test func matchesInsideASlice() throws {
        let text = scalars("较上年预算增加")
        let slice = text[3..<5]
        let match = try #require(trie.longestMatch(in: slice, at: 3))
        #expect(match.token == .kind(.budget) && match.length == 2)
        // The slice's end bounds the match.
        let cut = try #require(trie.longestMatch(in: scalars("支出总计")[0..<3], at: 0))
        #expect(cut.length == 2)
    }

    /// Many first scalars, so the root table probes past collisions.
    @Test func manyWords() throws {
        let words = (0..<3000).map { k in String(String.UnicodeScalarView([Unicode.Scalar(0x4E00 + UInt32(k * 7))!, "a"])) }
        let big = LabelTrie(words.enumerated().map { ($0.element, .term($0.offset)) })
        for (k, word) in words.enumerated() {
            let match = try #require(big.longestMatch(in: scalars(word), at: 0))
            #expect(match.token == .term(k) && match.length == 2)
        }
        #expect(!big.startsWord(0x4E01))
        #expect(LabelTrie([]).longestMatch(in: scalars("支"), at: 0) == nil)
    }

    @Test func glossaryTries() throws {
        let text = ScalarText("“三公”经费支出12万元").scalars
        let match = try #require(LabelTrie.prose.longestMatch(in: text, at: 0))
        guard case .term(let index) = match.token else { Issue.record("not a term"); return }
        #expect(Glossary.terms[index].money == "sangong_total")
        #expect(match.length == 6)  // 三公经费支出
        #expect(LabelTrie.table.longestMatch(in: ScalarText("房屋").scalars, at: 0) != nil)
        #expect(LabelTrie.prose.longestMatch(in: ScalarText("房屋").scalars, at: 0) == nil)
    }
}
