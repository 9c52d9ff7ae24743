import Testing
@testable import FiscalDisclosures

/// Region names written with variant (Traditional) characters still resolve to the gazetteer's
/// Simplified division.
@Suite struct IdentityTraditionalRegionTests {
    @Test func variantPlaceNameResolvesToTheSimplifiedDivision() {
        let resolved = Gazetteer.shared.resolve(in: "崑山市财政局", context: "")
        #expect(resolved.region == "昆山市")
        #expect(resolved.province == "江苏省")
        #expect(!resolved.isAmbiguous)
    }

    @Test func namesInTextReportTheGazetteerSpelling() {
        #expect(Gazetteer.shared.names(in: "崑山市教育局") == ["昆山市"])
        #expect(Gazetteer.shared.names(in: "昆山市教育局") == ["昆山市"])
    }

    @Test func documentIdentityTakesTheSimplifiedRegion() {
        let text = ExtractionTestSupport.prose(["崑山市财政局2019年部门预算", "一、收入"])
        let (identity, _) = IdentityReader.identity(of: text)
        #expect(identity.region == "昆山市")
        #expect(identity.province == "江苏省")
        #expect(identity.agency == "昆山市财政局")
    }

    @Test func agencyNamesWithoutVariantsAreUnchanged() {
        #expect(IdentityReader.simplifyingPlaceVariants("溧阳市信访局") == "溧阳市信访局")
        #expect(IdentityReader.simplifyingPlaceVariants("崑山市教育局") == "昆山市教育局")
    }
}
