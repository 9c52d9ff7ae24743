/// What a matched word means to the prose scanner.
enum Token: Sendable, Hashable {
    /// A glossary label (index into `Glossary.terms`).
    case term(Int)
    /// 预算/年初预算 (budget), 决算 (final), 调整预算 (adjusted): the kind of the next figure.
    case kind(DocumentKind)
    /// 增加/减少…: a change of the given sign follows.
    case change(Int)
    /// 持平 (exact) or 基本持平 (approximate): no change.
    case flat(isExact: Bool)
    /// 较/比/与/同比: what follows is the comparison base.
    case comparator
    /// 上年/去年 (−1), 本年/当年 (0): a year relative to the document's.
    case relativeYear(Int)
    /// 无/没有/未安排: a zero stated by absence, for the label that follows.
    case absence
    /// A phrase that states one zero by absence (没有配置公务车).
    case absencePhrase(metric: String)
    /// 占: a percentage share follows.
    case share
}

/// A trie over folded Unicode scalars that finds the longest glossary word at a position.
///
/// The root is a small open-addressing hash table from first scalar (Basic Multilingual Plane)
/// to node, a few kilobytes that stay in the first-level cache while a line is scanned; deeper
/// levels keep their few children in one flat array, each node's children a sorted run of it,
/// nodes are plain structs in another, and tokens are numbered, so a lookup touches no reference-counted storage until it returns.
/// A position whose character starts no word costs about one probe. A class, so scanners hold
/// and pass one reference rather than copying the tables' handles at every position.
///
/// - Complexity: matching at one position is O(L · log b) for a match of L scalars and at most
///   b children per node; scanning a line visits each position once.
final class LabelTrie: Sendable {
    /// The root table: first scalars (0 for a free slot) and the nodes they reach, linearly
    /// probed from `slot(of:)`, at most a quarter full.
    private let rootScalars: [UInt32]
    private let rootNodes: [Int32]
    /// 32 − log2 of the root table's size: the shift that turns a hash into a slot.
    private let rootShift: UInt32
    /// A node: where its children start in `children` and how many there are, and the index in
    /// `tokens` of the word ending there, or -1.
    private struct Node {
        var childStart: Int32
        var childCount: Int32
        var token: Int32
    }

    /// An edge to a child node.
    private struct Child {
        var scalar: UInt32
        var node: Int32
    }

    private let nodes: [Node]
    /// The children of all nodes, each node's run sorted by scalar.
    private let children: [Child]
    private let tokens: [Token]

    init(_ entries: [(String, Token)]) {
        var root: [UInt32: Int32] = [:]
        var children: [[(scalar: UInt32, node: Int32)]] = [[]]
        var tokenIndex: [Int32] = [-1]
        var tokens: [Token] = []
        for (word, token) in entries {
            let scalars = ScalarText.folded(word)
            guard let first = scalars.first, first > 0, first < 0x10000 else { continue }
            var node: Int32
            if let existing = root[first] {
                node = existing
            } else {
                node = Int32(children.count)
                children.append([])
                tokenIndex.append(-1)
                root[first] = node
            }
            for s in scalars.dropFirst() {
                if let existing = children[Int(node)].first(where: { $0.scalar == s }) {
                    node = existing.node
                } else {
                    let next = Int32(children.count)
                    children.append([])
                    tokenIndex.append(-1)
                    children[Int(node)].append((s, next))
                    children[Int(node)].sort { $0.scalar < $1.scalar }
                    node = next
                }
            }
            // The first entry for a word wins: the glossary lists its preferred reading first.
            if tokenIndex[Int(node)] < 0 {
                tokenIndex[Int(node)] = Int32(tokens.count)
                tokens.append(token)
            }
        }
        var bits = 4
        while 1 << bits < 4 * root.count { bits += 1 }
        var rootScalars = [UInt32](repeating: 0, count: 1 << bits)
        var rootNodes = [Int32](repeating: -1, count: 1 << bits)
        for (scalar, node) in root.sorted(by: { $0.key < $1.key }) {
            var slot = LabelTrie.slot(of: scalar, shift: UInt32(32 - bits))
            while rootScalars[slot] != 0 { slot = (slot + 1) & (rootScalars.count - 1) }
            rootScalars[slot] = scalar
            rootNodes[slot] = node
        }
        self.rootScalars = rootScalars
        self.rootNodes = rootNodes
        self.rootShift = UInt32(32 - bits)
        self.tokens = tokens
        var nodes: [Node] = []
        var total: Int32 = 0
        for (list, token) in zip(children, tokenIndex) {
            nodes.append(Node(childStart: total, childCount: Int32(list.count), token: token))
            total += Int32(list.count)
        }
        self.nodes = nodes
        self.children = children.flatMap { $0.map { Child(scalar: $0.scalar, node: $0.node) } }
    }

    /// The first slot to probe for `scalar` in a root table of `2^(32 − shift)` slots
    /// (Fibonacci hashing).
    @inline(__always)
    private static func slot(of scalar: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (scalar &* 0x9E37_79B1) &>> shift)
    }

    /// The node a word's first scalar leads to, or -1.
    @inline(__always)
    private func rootNode(_ scalar: UInt32) -> Int {
        guard scalar != 0 else { return -1 }
        let mask = rootScalars.count - 1
        var slot = LabelTrie.slot(of: scalar, shift: rootShift)
        while true {
            let key = rootScalars[slot]
            if key == scalar { return Int(rootNodes[slot]) }
            if key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether any word starts with this scalar.
    @inline(__always)
    func startsWord(_ scalar: UInt32) -> Bool {
        rootNode(scalar) >= 0
    }

    /// The longest word starting at `position` of `scalars`, as its token and length in scalars.
    ///
    /// Inlined into the scanners' loops, where most positions start no word and return at the
    /// first probe.
    @inline(__always)
    func longestMatch<Scalars: RandomAccessCollection<UInt32>>(
        in scalars: Scalars, at position: Scalars.Index
    ) -> (token: Token, length: Int)? where Scalars.Index == Int {
        var node = rootNode(scalars[position])
        guard node >= 0 else { return nil }
        var best = nodes[node].token
        var bestLength = 1
        var index = position + 1
        while index < scalars.endIndex {
            let s = scalars[index]
            var low = Int(nodes[node].childStart)
            var high = low + Int(nodes[node].childCount) - 1
            var found = -1
            while low <= high {
                let mid = (low + high) / 2
                let child = children[mid]
                if child.scalar == s { found = Int(child.node); break }
                if child.scalar < s { low = mid + 1 } else { high = mid - 1 }
            }
            guard found >= 0 else { break }
            node = found
            index += 1
            if nodes[node].token >= 0 {
                best = nodes[node].token
                bestLength = index - position
            }
        }
        return best >= 0 ? (token: tokens[Int(best)], length: bestLength) : nil
    }
}

extension LabelTrie {
    /// The trie for prose: every glossary label plus the function words of VOCABULARY §3–§4.
    static let prose: LabelTrie = {
        var entries: [(String, Token)] = []
        for (index, term) in Glossary.terms.enumerated() where !term.isTableOnly {
            entries.append((term.label, .term(index)))
        }
        entries += [("年初预算", .kind(.budget)), ("预算数", .kind(.budget)), ("预算", .kind(.budget)),
                    ("预算安排", .kind(.budget)), ("调整预算", .kind(.adjusted)), ("调整后预算", .kind(.adjusted)),
                    ("决算数", .kind(.final)), ("决算", .kind(.final)), ("实际支出", .kind(.final))]
        for w in ["增加", "增长", "上升", "提高", "增", "多支出", "超支"] { entries.append((w, .change(1))) }
        for w in ["减少", "下降", "降低", "节约", "节省", "减", "压减", "缩减", "少支出", "下降了", "减少了"] {
            entries.append((w, .change(-1)))
        }
        for w in ["持平", "无变化", "无增减", "没有变化", "未发生变化", "无增减变化", "保持不变"] {
            entries.append((w, .flat(isExact: true)))
        }
        for w in ["基本持平", "大致持平", "略有"] { entries.append((w, .flat(isExact: false))) }
        for w in ["较", "比", "与", "同比", "相比", "对比"] { entries.append((w, .comparator)) }
        for w in ["上年", "上年度", "去年", "上一年", "上年末"] { entries.append((w, .relativeYear(-1))) }
        for w in ["本年", "本年度", "当年", "今年"] { entries.append((w, .relativeYear(0))) }
        for w in ["无", "没有", "未安排", "未发生", "未列支", "未开支", "未购置", "未产生", "未编列", "不安排"] {
            entries.append((w, .absence))
        }
        for w in ["没有配置公务车", "未配置公务车", "无公务用车", "无公务车", "没有公务车", "没有公务用车", "未配备公务用车",
                  "没有配备公务用车", "无车辆"] {
            entries.append((w, .absencePhrase(metric: "vehicles_count")))
        }
        for w in ["没有出国安排", "无出国安排", "未安排出国", "无出国(境)", "没有出国(境)", "未组织出国"] {
            entries.append((w, .absencePhrase(metric: "sangong_outbound")))
        }
        entries.append(("占", .share))
        return LabelTrie(entries)
    }()

    /// The trie for table row labels: every glossary label, table-only ones included.
    static let table: LabelTrie = {
        LabelTrie(Glossary.terms.enumerated().map { ($0.element.label, Token.term($0.offset)) })
    }()
}
