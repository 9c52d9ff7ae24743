import FiscalFrame
import Foundation
import Testing
@testable import FiscalStatistics

/// The DataFrame entry point: a CSV read by FiscalFrame fits exactly like the same table given
/// as plain columns.
struct RegressionFrameTests {
    @Test func frameFromCSVMatchesPlainColumns() throws {
        let url = try #require(Bundle.module.url(forResource: "regression_panel", withExtension: "csv", subdirectory: "Fixtures"))
        let frame = try DataFrame(contentsOfCSVFile: url.path)
        let spec = ModelSpecification(
            response: "spending", terms: [.log("population"), .numeric("staff"), .categorical("region"), .numeric("year")],
            covariance: .clustered(by: "city"))
        let viaFrame = try LinearRegression.fit(spec, frame: frame)
        let viaColumns = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        #expect(viaFrame.droppedRowCount == 3)
        #expect(viaFrame.coefficients.map(\.name) == viaColumns.coefficients.map(\.name))
        for (a, b) in zip(viaFrame.coefficients, viaColumns.coefficients) {
            #expect(a.estimate == b.estimate)
            #expect(a.standardError == b.standardError)
        }
        #expect(viaFrame.clusterCount == 30)
    }

    @Test func integerCodesWorkAsCategories() throws {
        let frame = try DataFrame(csvText: """
            y,code,x
            1.0,130000,1
            2.5,130000,2
            2.0,110000,3
            4.1,110000,4
            3.2,120000,5
            5.9,120000,6
            """)
        let result = try LinearRegression.fit(
            ModelSpecification(response: "y", terms: [.numeric("x"), .categorical("code")]), frame: frame)
        #expect(result.coefficients.map(\.name) == ["Intercept", "x", "C(code)[T.120000]", "C(code)[T.130000]"])
        #expect(result.referenceLevels == [.init(column: "code", level: "110000")])
    }
}
