import FiscalDisclosures
import Foundation
import Testing
@testable import FiscalReports

@Suite("Anomalies: regression outliers")
struct AnomalyRegressionTests {
    /// 30 agencies on log 三公 = 8 + 0.9 log staff + a small deterministic disturbance.
    func panel(outlier: Double) -> [DocumentExtraction] {
        (0..<30).map { i in
            let staff = 10 + 6 * i
            var sangong = Foundation.exp(8 + 0.9 * Foundation.log(Double(staff)) + 0.1 * Foundation.sin(Double(i) * 1.7))
            if i == 12 { sangong *= outlier }
            return document("a\(i).txt", agency: "机构\(i)信访局", year: 2017, [
                .money("sangong_total", sangong.rounded()), .count("staff_actual", staff),
            ])
        }
    }

    @Test("a twentyfold 三公 stands out with its studentized residual and Cook's distance")
    func outlier() throws {
        let result = findings("panel.regression_outlier", in: panel(outlier: 20))
        let finding = try #require(result.first)
        #expect(finding.agency == "机构12信访局")
        #expect(finding.severity == .high)
        #expect(try #require(finding.actual) > 10 * (try #require(finding.expected)))
        #expect(finding.message.contains("studentized residual"))
        #expect(finding.message.contains("Cook's distance"))
        #expect(result.allSatisfy { $0.agency == "机构12信访局" || $0.severity == .low })
    }

    @Test("a panel on the line has no regression outliers")
    func clean() {
        #expect(findings("panel.regression_outlier", in: panel(outlier: 1)).filter { $0.severity >= .medium }.isEmpty)
    }

    @Test("too few agencies: no fit")
    func tooFew() {
        #expect(findings("panel.regression_outlier", in: Array(panel(outlier: 20).prefix(8))).isEmpty)
    }
}
