import Testing
@testable import FiscalReports

@Suite("Anomalies: agency type and region level")
struct AnomalyAgencyClassifierTests {
    @Test("agency type from the name's ending", arguments: [
        ("中共廊坊市委信访局", "petitions"), ("三门县公安局(汇总)", "public_security"),
        ("溧阳市教育局", "education"), ("渝中区财政局", "finance"),
        ("某市卫生健康委员会", "health"), ("某县卫生和计划生育委员会", "health"), ("某某协会", "other"),
    ])
    func agencyType(name: String, type: String) {
        #expect(AgencyClassifier.agencyType(of: name) == type)
    }

    @Test("region level from the gazetteer, else from the name", arguments: [
        ("溧阳市" as String?, AgencyClassifier.Level.county), ("廊坊市", .prefecture), ("渝中区", .county),
        ("河北省", .province), ("某某县", .county), ("某某市", .unknown), (nil as String?, .unknown),
    ])
    func level(region: String?, level: AgencyClassifier.Level) {
        #expect(AgencyClassifier.level(ofRegion: region) == level)
    }

    @Test("scope markers are not part of the name")
    func normalizedName() {
        #expect(AgencyClassifier.normalizedName("三门县公安局（汇总）") == "三门县公安局")
        #expect(AgencyClassifier.normalizedName(" 溧阳市 信访局 ") == "溧阳市信访局")
    }
}
