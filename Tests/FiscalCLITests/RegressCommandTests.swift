import Foundation
import Testing

@Suite struct RegressCommandTests {
    static var sample: String {
        Bundle.module.url(forResource: "regression_sample", withExtension: "csv", subdirectory: "Fixtures")!.path
    }

    @Test func printsCoefficientTableWithReferenceLevel() throws {
        let result = try CLIRunner.run(["regress", Self.sample, "--y", "spending", "--x", "log(population)", "staff", "C(region)", "--cov", "hc1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("OLS regression of spending: 59 observations (1 dropped for missing values)"))
        for expected in ["Intercept", "log(population)", "C(region)[T.华北]", "Reference level      region = 东北", "Covariance           HC1"] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func markdownMatchesGoldenFile() throws {
        let result = try CLIRunner.run(["regress", Self.sample, "--y", "spending", "--x", "staff + poly(year, 2)", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        let url = try #require(Bundle.module.url(forResource: "regress_golden", withExtension: "md", subdirectory: "Fixtures"))
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func jsonCarriesFullPrecisionAndObservations() throws {
        let result = try CLIRunner.run([
            "regress", Self.sample, "--y", "spending", "--x", "staff", "--fe", "city", "--cluster", "city",
            "--format", "json", "--observations",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["observations"] as? Int == 59)
        #expect(object["clusters"] as? Int == 9)
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["name"] as? String } == ["staff"])
        #expect((object["residuals"] as? [Double])?.count == 59)
        #expect((object["leverage"] as? [Double])?.count == 59)
    }

    @Test(arguments: [
        (["--x", "staff", "log(pop)"], "unknown column 'pop'"),
        (["--x", "sqrt(staff)"], "unknown function 'sqrt'"),
        (["--x", "region"], "column 'region' must be numeric"),
        (["--x", "staff", "--weights", "year", "--missing", "raise"], "missing value in column 'staff', row 6"),
    ])
    func errorsNameTheColumnOrTerm(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["regress", Self.sample, "--y", "spending"] + arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func clusterAndRobustCovarianceAreExclusive() throws {
        let result = try CLIRunner.run(["regress", Self.sample, "--y", "spending", "--x", "staff", "--cluster", "city", "--cov", "hc1"])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains("--cluster"))
    }
}
