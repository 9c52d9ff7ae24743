import FiscalFrame

/// Reads the figures of one paragraph of prose (VOCABULARY §2–§5).
///
/// The paragraph is folded (`ScalarText`) and scanned once, left to right. At each position the
/// longest glossary word is looked up in `LabelTrie.prose`; a label opens a figure, and the next
/// number with a fitting unit within a short gap closes it. Function words steer the reading:
/// 预算/决算 set the kind of the next figure, 较/比/同比 + a year set the comparison base,
/// 增加/减少 turn the next amount into a change, 持平 states a zero change, 无/没有 + a label
/// state a zero by absence, 占 marks a share. Sentences end at 。！？ and reset the state.
///
/// - Complexity: O(n) in the paragraph's length (one trie walk per position, bounded by the
///   longest label).
struct ProseScanner {
    /// How far (in folded scalars) a number may sit after its label.
    static let maximumGap = 20

    private struct Active {
        var term: Int
        var labelEnd: Int
        var clause: Int
        var emitted: [(unit: UnitClass, kind: DocumentKind?)] = []
        var lastEnd: Int
        var lastFact: Int?
    }

    let context: ExtractionContext
    let trie = LabelTrie.prose

    /// Scans one paragraph and appends what it finds to `records`.
    /// - Parameters:
    ///   - line: the normalized paragraph and its source line.
    ///   - paragraph: a running paragraph number (shares and head figures are per paragraph).
    ///   - rowUnit: the unit of a unit line (单位：元) just above, for table rows that lost their
    ///     table in conversion ("201 一般公共服务支出 71698100"): unit-less numbers take it.
    func scan(_ line: TextLine, paragraph: Int, rowUnit: MoneyUnit? = nil, into records: inout ExtractionRecords) {
        guard ProseScanner.mayHoldFigures(line.text) else { return }
        let text = ScalarText(line.text)
        let s = text.scalars
        let terms = Glossary.terms
        var i = 0
        var clause = 0
        var sentenceStart = 0
        var sentenceFacts: [Int] = []
        var sentenceChanges: [Int] = []
        var sentenceShares: [Int] = []
        var active: Active?
        var headFact: Int?
        var figureYear: Int?
        var pendingKind: DocumentKind?
        var comparisonYear: Int?
        var comparisonKind: DocumentKind?
        var comparisonEnd = -10
        var pendingChange: (sign: Int, end: Int)?
        var flatInSentence: (exact: Bool, end: Int)?
        var absenceAt: (start: Int, end: Int)?
        var shareAt = -100
        var topics: Set<Topic> = []
        var parentheses: [Active?] = []

        func finishSentence(at end: Int) {
            let evidence = sentenceFacts.isEmpty && sentenceChanges.isEmpty && sentenceShares.isEmpty
                ? "" : text.original(from: sentenceStart, to: end)
            for f in sentenceFacts { records.facts[f].evidence = evidence }
            for c in sentenceChanges { records.changes[c].evidence = evidence }
            for sh in sentenceShares { records.shares[sh].evidence = evidence }
            sentenceFacts = []
            sentenceChanges = []
            sentenceShares = []
            sentenceStart = end
            active = nil
            figureYear = nil
            pendingKind = nil
            comparisonYear = nil
            comparisonKind = nil
            pendingChange = nil
            flatInSentence = nil
            absenceAt = nil
            topics = []
            parentheses = []
        }

        func emit(term: Term, metric: String, value: FactValue, unit: String, note: String? = nil) -> Int {
            let isCount: Bool
            if case .count = value { isCount = true } else { isCount = false }
            var category = term.category
            if isCount, category == "domestic" { category = nil }
            if metric.hasPrefix("sangong_vehicle") || metric.hasPrefix("vehicles") { topics.insert(.vehicle) }
            if metric == "procurement_total" { topics.insert(.procurement) }
            records.facts.append(
                Fact(
                    metric: metric, category: category, value: value, unit: unit,
                    year: figureYear ?? context.year, kind: pendingKind ?? context.kind, source: context.source,
                    line: line.line, evidence: "", note: note))
            let index = records.facts.count - 1
            sentenceFacts.append(index)
            if headFact == nil, case .money = value { headFact = index }
            return index
        }

        func recordChange(delta: FactValue, isFlat: Bool) {
            var target: (metric: String, category: String?, fact: Int?)?
            // The figure the sentence is about: its latest label, else the paragraph's first figure.
            if let a = active, let metric = terms[a.term].money {
                target = (metric, terms[a.term].category, a.lastFact)
            } else if let head = headFact {
                target = (records.facts[head].metric, records.facts[head].category, head)
            }
            guard let target else { return }
            // The changed figure's own year and kind, when it was stated in this sentence.
            let stated = target.fact.map { records.facts[$0] }.flatMap { $0.metric == target.metric ? $0 : nil }
            let ownKind = stated?.kind ?? pendingKind ?? context.kind
            let ownYear = stated?.year ?? figureYear ?? context.year
            let baseKind = comparisonKind ?? ownKind
            let baseYear: Int? = comparisonYear ?? (baseKind != ownKind ? ownYear : ownYear.map { $0 - 1 })
            records.changes.append(
                ChangeStatement(
                    metric: target.metric, category: target.category, delta: delta,
                    year: ownYear, kind: ownKind, baseYear: baseYear, baseKind: baseKind,
                    isFlat: isFlat, factIndex: target.fact, line: line.line, evidence: ""))
            sentenceChanges.append(records.changes.count - 1)
        }

        while i < s.count {
            let c = s[i]
            if NumberScanner.isDigit(c) {
                // A digit glued to a preceding letter or digit run is not a figure (e.g. "G20").
                guard var n = NumberScanner.scan(s, at: i) else { i += 1; continue }
                defer { i = max(n.end, i + 1) }
                if let y = n.yearValue {
                    if n.start - comparisonEnd <= 2 { comparisonYear = y; comparisonEnd = n.end } else { figureYear = y }
                    continue
                }
                if n.unitClass == .percent {
                    if n.start - shareAt <= 8, let p = n.percentValue, let f = sentenceFacts.last {
                        records.shares.append(
                            ShareStatement(factIndex: f, fact: nil, percent: p, paragraph: paragraph, line: line.line, evidence: ""))
                        sentenceShares.append(records.shares.count - 1)
                    }
                    pendingChange = nil
                    continue
                }
                if n.unitClass == nil, let rowUnit {
                    n.unitClass = .money
                    n.multiplier = rowUnit.multiplier
                    n.unit = rowUnit.text
                }
                guard let unitClass = n.unitClass else { continue }
                let value: FactValue?
                if unitClass == .money { value = n.money().map { .money($0) } }
                else if let k = n.count { value = .count(k) } else { value = nil }
                guard let value else { continue }
                if let change = pendingChange, n.start - change.end <= 4 {
                    let signed: FactValue
                    switch value {
                    case .money(let m): signed = .money(change.sign < 0 ? -m : m)
                    case .count(let k): signed = .count(change.sign < 0 ? -k : k)
                    }
                    if let flat = flatInSentence, flat.exact, value.doubleValue != 0 {
                        records.flatConflicts.append(
                            FlatConflict(
                                metric: active.flatMap { terms[$0.term].money } ?? headFact.map { records.facts[$0].metric } ?? "",
                                change: signed, line: line.line, evidence: text.original(from: sentenceStart, to: s.count)))
                    }
                    recordChange(delta: signed, isFlat: false)
                    pendingChange = nil
                    continue
                }
                guard var a = active else { continue }
                let term = terms[a.term]
                guard let metric = term.metric(for: unitClass) else { continue }
                let kind = pendingKind ?? context.kind
                if a.emitted.isEmpty {
                    guard n.start - a.labelEnd <= ProseScanner.maximumGap else { active = nil; continue }
                } else {
                    let sameKindAndUnit = a.emitted.contains { $0.unit == unitClass && $0.kind == kind }
                    guard !sameKindAndUnit, n.start - a.lastEnd <= 12 else { continue }
                }
                a.lastFact = emit(term: term, metric: metric, value: value, unit: n.unit)
                a.emitted.append((unitClass, kind))
                a.lastEnd = n.end
                a.clause = clause
                active = a
                pendingKind = nil
                continue
            }
            switch c {
            case 0x3002, 0x21, 0x3F, 0xFF01, 0xFF1F, 0x0A:  // 。 ! ? ！ ？ newline
                finishSentence(at: i + 1)
                i += 1
                continue
            case 0x28:  // ( : an aside; the figure before it stays the sentence's subject
                parentheses.append(active)
                clause += 1
                i += 1
                continue
            case 0x29:  // )
                if let saved = parentheses.popLast(), let saved { active = saved }
                clause += 1
                i += 1
                continue
            case 0x2C, 0x3B, 0x3A, 0x3001:  // , ; : 、
                clause += 1
                i += 1
                continue
            default:
                break
            }
            guard let match = trie.longestMatch(in: s, at: i) else {
                i += 1
                continue
            }
            let start = i
            let end = i + match.length
            switch match.token {
            case .term(let index):
                let term = terms[index]
                if let topic = term.requiredTopic, !topics.contains(topic) { i += 1; continue }
                if term.isWeak, let a = active, a.emitted.isEmpty || start - a.lastEnd <= 1 {
                    i = end  // 接待费支出…: the pending label keeps the figure
                    continue
                }
                if term.money == nil && term.count == nil && term.countByUnit.isEmpty {
                    i = end  // a blocker label
                    continue
                }
                active = Active(term: index, labelEnd: end, clause: clause, lastEnd: end)
                if term.money?.hasPrefix("sangong_vehicle") == true { topics.insert(.vehicle) }
                if term.money == "procurement_total" { topics.insert(.procurement) }
                if let absence = absenceAt, start - absence.end <= 2, ProseScanner.zeroByAbsence(term) {
                    let note = text.folded(from: absence.start, to: end)
                    if let m = term.money {
                        active?.lastFact = emit(term: term, metric: m, value: .money(.zero), unit: "", note: note)
                        active?.emitted.append((.money, pendingKind ?? context.kind))
                    }
                    absenceAt = nil
                }
            case .kind(let k):
                if start - comparisonEnd <= 2 { comparisonKind = k; comparisonEnd = end } else { pendingKind = k }
            case .change(let sign):
                pendingChange = (sign, end)
            case .flat(let exact):
                flatInSentence = (exact, end)
                if exact { recordChange(delta: .money(.zero), isFlat: true) }
            case .comparator:
                comparisonEnd = end
            case .relativeYear(let offset):
                let y = context.year.map { $0 + offset }
                if start - comparisonEnd <= 2 { comparisonYear = y; comparisonEnd = end } else { figureYear = y }
            case .absence:
                if let a = active, a.emitted.isEmpty, start - a.labelEnd <= 2, ProseScanner.zeroByAbsence(terms[a.term]),
                    let m = terms[a.term].money
                {
                    active?.lastFact = emit(
                        term: terms[a.term], metric: m, value: .money(.zero), unit: "",
                        note: text.folded(from: a.labelEnd - terms[a.term].label.count, to: end))
                    active?.emitted.append((.money, pendingKind ?? context.kind))
                } else {
                    absenceAt = (start, end)
                }
            case .absencePhrase(let metric):
                let isCount = metric == "vehicles_count"
                let term = Term(label: "", money: metric)
                let note = text.folded(from: start, to: end)
                _ = emit(term: term, metric: metric, value: isCount ? .count(0) : .money(.zero), unit: isCount ? "辆" : "",
                         note: note)
                if isCount {
                    // No vehicle: no vehicle spending either, unless the document states some.
                    _ = emit(term: Term(label: "", money: "sangong_vehicle_total"), metric: "sangong_vehicle_total",
                             value: .money(.zero), unit: "", note: note)
                }
            case .share:
                shareAt = end
            }
            i = end
        }
        finishSentence(at: s.count)
    }

    /// Whether "无/没有/未安排 + label" states a zero for this label: the lines disclosures do
    /// report by absence (三公 items, meetings, training, procurement, fund revenue).
    static func zeroByAbsence(_ term: Term) -> Bool {
        guard let m = term.money else { return false }
        return m.hasPrefix("sangong_") || ["procurement_total", "meeting_expenses", "training_expenses",
            "revenue_government_fund", "revenue_state_capital", "revenue_business", "revenue_operating",
            "revenue_other", "revenue_carryover", "expenditure_project"].contains(m)
    }

    /// A quick byte test: a paragraph without a digit or a word of absence/no-change holds no figure.
    ///
    /// Eight bytes that are all non-ASCII (no digit) and hold neither EF nor E6 (no lead byte of
    /// a full-width digit or of 无没未持) are skipped at once: runs of ideographs.
    static func mayHoldFigures(_ text: String) -> Bool {
        var source = text
        return source.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if i + 8 <= bytes.count {
                    let word = ByteWord.load(bytes, at: i)
                    if ~word & ByteWord.highBits == 0 && !ByteWord.contains(0xEF, in: word)
                        && !ByteWord.contains(0xE6, in: word)
                    {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 { return true }
                // Full-width digits EF BC 90–99; 无 E6 97 A0; 没 E6 B2 A1; 未 E6 9C AA; 持 E6 8C 81.
                if (b == 0xEF || b == 0xE6) && i + 2 < bytes.count {
                    let second = bytes[i + 1], third = bytes[i + 2]
                    if b == 0xEF && second == 0xBC && third >= 0x90 && third <= 0x99 { return true }
                    if b == 0xE6 && ((second == 0x97 && third == 0xA0) || (second == 0xB2 && third == 0xA1)
                        || (second == 0x9C && third == 0xAA) || (second == 0x8C && third == 0x81))
                    {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }
}
