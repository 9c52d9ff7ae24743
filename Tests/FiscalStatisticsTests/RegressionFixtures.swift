import Foundation
import Testing
@testable import FiscalStatistics

/// statsmodels results stored by Fixtures/make_statsmodels_fixtures.py.
struct StatsmodelsModel: Decodable {
    var params: [String: Double]
    var bse: [String: Double]
    var pvalues: [String: Double]
    var conf_int_lower: [String: Double]
    var conf_int_upper: [String: Double]
    var rsquared: Double
    var rsquared_adj: Double
    var ssr: Double
    var llf: Double
    var aic: Double
    var bic: Double
    var df_resid: Double
    var df_model: Double
    var nobs: Double
    var condition_number: Double
    var fvalue: Double?
    var f_pvalue: Double?
    var hat: [Double]?
    var studentized_internal: [Double]?
    var cooks_distance: [Double]?
}

enum RegressionFixtures {
    struct File: Decodable { var models: [String: StatsmodelsModel] }

    static let models: [String: StatsmodelsModel] = {
        let url = Bundle.module.url(forResource: "statsmodels_regression", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url)).models
    }()

    /// The panel the fixtures were computed on (220 rows, 3 with a missing staff count).
    static let panel: RegressionData = {
        let url = Bundle.module.url(forResource: "regression_panel", withExtension: "csv", subdirectory: "Fixtures")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let cells = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let textColumns: Set<String> = ["city", "region"]
        let columns: [(name: String, values: RegressionData.Column)] = header.enumerated().map { index, name in
            if textColumns.contains(name) { return (name, .text(cells.map { $0[index] })) }
            return (name, .numeric(cells.map { Double($0[index]) }))
        }
        return try! RegressionData(columns: columns)
    }()

    /// statsmodels' name for one of our coefficient names.
    static func peerName(_ name: String) -> String {
        name.replacingOccurrences(of: "log(population)", with: "np.log(population)")
            .replacingOccurrences(of: "density^2", with: "I(density ** 2)")
    }
}

/// |a − b| ≤ tolerance·|b| (absolute below `floor`).
func isClose(_ a: Double, _ b: Double, relative tolerance: Double = 1e-10, floor: Double = 1e-300) -> Bool {
    abs(a - b) <= tolerance * max(abs(b), floor)
}
