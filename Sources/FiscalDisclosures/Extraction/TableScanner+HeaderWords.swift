/// The words of a column header that decide the column's role (行次, 决算, 上年, 数量, 合计…),
/// grouped as the role reads them and found in one pass over the header's bytes.
struct HeaderWords: OptionSet {
    let rawValue: UInt16

    /// 行次, 栏次: an index column.
    static let index = HeaderWords(rawValue: 1 << 0)
    /// 编码, 代码, 科目编号: a classification-code column.
    static let code = HeaderWords(rawValue: 1 << 1)
    /// %, 比例, 增长率, 增减, 差额…: a ratio or change column.
    static let change = HeaderWords(rawValue: 1 << 2)
    /// 调整预算, 调整后.
    static let adjusted = HeaderWords(rawValue: 1 << 3)
    /// 决算, 执行数, 实际.
    static let final = HeaderWords(rawValue: 1 << 4)
    /// 年初预算, 预算数, 预算.
    static let budget = HeaderWords(rawValue: 1 << 5)
    /// 上年, 去年, 上一年.
    static let prior = HeaderWords(rawValue: 1 << 6)
    /// 本年, 今年, 当年.
    static let current = HeaderWords(rawValue: 1 << 7)
    /// 数量, 人数, 辆数, 台数.
    static let count = HeaderWords(rawValue: 1 << 8)
    /// 金额, 价值.
    static let amount = HeaderWords(rawValue: 1 << 9)
    /// 合计, 小计, 总计.
    static let total = HeaderWords(rawValue: 1 << 10)

    /// Each word and its group.
    private static let words: [(String, HeaderWords)] = [
        ("行次", .index), ("栏次", .index),
        ("编码", .code), ("代码", .code), ("科目编号", .code),
        ("%", .change), ("比例", .change), ("比重", .change), ("完成率", .change), ("执行率", .change),
        ("增长率", .change), ("增减", .change), ("变动", .change), ("比上年", .change), ("增长", .change),
        ("差额", .change),
        ("调整预算", .adjusted), ("调整后", .adjusted),
        ("决算", .final), ("执行数", .final), ("实际", .final),
        ("年初预算", .budget), ("预算数", .budget), ("预算", .budget),
        ("上年", .prior), ("去年", .prior), ("上一年", .prior),
        ("本年", .current), ("今年", .current), ("当年", .current),
        ("数量", .count), ("人数", .count), ("辆数", .count), ("台数", .count),
        ("金额", .amount), ("价值", .amount),
        ("合计", .total), ("小计", .total), ("总计", .total),
    ]

    /// The words as UTF-8 with their groups, and for each first byte the words starting with it.
    private static let table: (utf8: [[UInt8]], groups: [HeaderWords], byFirstByte: [[Int]]) = {
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for (k, word) in words.enumerated() { byFirstByte[Int(word.0.utf8.first!)].append(k) }
        return (words.map { Array($0.0.utf8) }, words.map(\.1), byFirstByte)
    }()

    /// The groups of the words that occur in `text`, compared as UTF-8 bytes (as
    /// `String.includes` does).
    ///
    /// - Complexity: O(n · w) for n bytes and w words sharing a first byte (a few).
    static func present(in text: String) -> HeaderWords {
        let table = Self.table
        var found: HeaderWords = []
        var source = text
        source.withUTF8 { bytes in
            for i in bytes.indices {
                for k in table.byFirstByte[Int(bytes[i])] {
                    let word = table.utf8[k]
                    guard i + word.count <= bytes.count else { continue }
                    var j = 1
                    while j < word.count && bytes[i + j] == word[j] { j += 1 }
                    if j == word.count { found.insert(table.groups[k]) }
                }
            }
        }
        return found
    }
}
