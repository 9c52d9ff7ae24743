import Testing
@testable import FiscalDisclosures

/// The gazetteer's scanning index against a plain longest-match search over every name.
@Suite struct GazetteerNameIndexTests {
    /// Every scannable name of the table: two characters or more, not a generic name.
    static let names: Set<String> = Set(
        Gazetteer.divisionTable.split(separator: "\n").compactMap { line in
            line.split(separator: " ", maxSplits: 1).last.map(String.init)
        }
    ).filter { $0.count >= 2 && !Gazetteer.NameIndex.genericNames.contains($0) }

    /// The names in `text` found by trying every name at every position, longest first.
    static func reference(_ text: String) -> [String] {
        let scalars = text.unicodeScalars.map { Gazetteer.simplifiedPlaceScalar($0.value) }
        let byLength = names.map { (name: $0, scalars: $0.unicodeScalars.map(\.value)) }
            .sorted { $0.scalars.count > $1.scalars.count }
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            if let hit = byLength.first(where: { i + $0.scalars.count <= scalars.count
                && Array(scalars[i..<(i + $0.scalars.count)]) == $0.scalars })
            {
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
            #expect(Gazetteer.shared.names(in: "在" + name + "的") == Self.reference("在" + name + "的"))
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
