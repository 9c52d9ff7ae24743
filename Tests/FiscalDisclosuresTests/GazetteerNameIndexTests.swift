import Testing
@testable import FiscalDisclosures

/// The gazetteer's scanning index against a direct longest-match search (names looked up by
/// first scalar in a dictionary).
@Suite struct GazetteerNameIndexTests {
    /// Every scannable name of the table: two characters or more, not a generic name.
    static let names: Set<String> = Set(
        Gazetteer.divisionTable.split(separator: "\n").compactMap { line in
            line.split(separator: " ", maxSplits: 1).last.map(String.init)
        }
    ).filter { $0.count >= 2 && !Gazetteer.NameIndex.genericNames.contains($0) }

    /// Every scannable name with its scalars, by first scalar, longest first.
    static let byFirstScalar: [UInt32: [(name: String, scalars: [UInt32])]] = Dictionary(
        grouping: names.map { (name: $0, scalars: $0.unicodeScalars.map(\.value)) }, by: { $0.scalars[0] }
    ).mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }

    /// The names in `text` found by trying, at every position, each name starting with the
    /// scalar there, longest first.
    static func reference(_ text: String) -> [String] {
        let scalars = text.unicodeScalars.map { Gazetteer.simplifiedPlaceScalar($0.value) }
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            let hit = byFirstScalar[scalars[i]]?.first { candidate in
                i + candidate.scalars.count <= scalars.count
                    && Array(scalars[i..<(i + candidate.scalars.count)]) == candidate.scalars
            }
            if let hit {
                found.append(hit.name)
                i += hit.scalars.count
            } else {
                i += 1
            }
        }
        return found
    }

    static let texts = [
        "", "南", "南京", "南京市", "南京市鼓楼区财政局", "江苏省南京市鼓楼区", "乌鲁木齐市天山区2017年部门预算",
        "城区矿区郊区新区", "北京市城区", "内蒙古自治区呼和浩特市新城区", "崑山市教育局", "中共廊坊市委信访局",
        "根据《福建省预算公开办法》，福州市鼓楼区", "abc南京市xyz", "新疆维吾尔自治区伊犁哈萨克自治州",
        "朝阳区朝阳区", "市中区县", "南京市南京市南京",
    ]

    @Test(arguments: texts)
    func namesMatchTheReferenceSearch(_ text: String) {
        #expect(Gazetteer.shared.names(in: text) == Self.reference(text))
    }

    @Test func everyNameIsFoundAlone() {
        for name in Self.names {
            #expect(Gazetteer.shared.names(in: name) == [name])
        }
    }

    @Test func namesRunTogetherMatchTheReferenceSearch() {
        // Every name once, in runs of a few, so names meet names and ordinary words.
        let sorted = Self.names.sorted()
        for start in stride(from: 0, to: sorted.count, by: 40) {
            let text = sorted[start..<min(start + 40, sorted.count)].joined(separator: start % 80 == 0 ? "" : "的")
            #expect(Gazetteer.shared.names(in: text) == Self.reference(text))
        }
    }

    @Test func genericNamesAreNeverMatched() {
        #expect(Gazetteer.shared.names(in: "城区矿区郊区新区").isEmpty)
        #expect(Gazetteer.shared.divisions(named: "城区").count >= 1)
    }

    @Test func anEarlierNameHidesAnOverlappingOne() {
        // 市中区 starts inside 南京市, which is read first.
        #expect(Gazetteer.shared.names(in: "南京市中区") == ["南京市"])
        #expect(Gazetteer.shared.names(in: "济南市市中区") == ["济南市", "市中区"])
    }
}
