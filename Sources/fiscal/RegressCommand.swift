import ArgumentParser
import FiscalFrame
import FiscalStatistics
import Foundation

/// `fiscal regress`: OLS/WLS with fixed effects and robust covariances on a CSV file.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Fit a linear regression (OLS or WLS) on CSV columns and print the full result.",
        discussion: """
            Terms: a column (staff), log(x), categorical dummies C(region) (first level in sorted \
            order is the reference), polynomials poly(year, 2) (fitted on the centered, scaled \
            variable, reported for year and year^2), interactions a:b, and a*b for a + b + a:b. \
            Several terms may be joined by '+' in one argument.

            Examples:
              fiscal regress cities.csv --y spending --x "log(population)" staff "C(region)"
              fiscal regress panel.csv --y spending --x staff --fe city,year --cluster city
            """)

    @Argument(help: "The CSV file to read.")
    var file: String

    @Option(help: "The response column.")
    var y: String

    @Option(parsing: .upToNextOption, help: "Model terms, e.g. staff \"log(population)\" \"C(region)\" \"poly(year, 2)\" \"staff:C(region)\".")
    var x: [String] = []

    @Flag(name: .customLong("no-intercept"), help: "Fit without an intercept (R² is then uncentered).")
    var noIntercept = false

    @Option(help: "A column of positive weights (weighted least squares).")
    var weights: String?

    @Option(help: "Fixed-effect columns absorbed by the within transformation (one or two, comma-separated: entity,time).")
    var fe: String?

    @Option(help: "Cluster-robust standard errors by this column.")
    var cluster: String?

    @Option(help: "Covariance: nonrobust, hc0, hc1, hc2 or hc3 (default nonrobust; clustered with --cluster).")
    var cov: CovarianceOption?

    @Option(help: "Missing values: drop (incomplete rows, counted in the output) or raise.")
    var missing: MissingOption = .drop

    @Option(help: "Output format: table, json or markdown.")
    var format: FormatOption = .table

    @Flag(help: "With --format json, also list residuals, fitted values, leverage, studentized residuals and Cook's distance.")
    var observations = false

    @Option(help: "Input encoding: auto, utf8, gb18030 (also gbk), utf16le, utf16be.")
    var encoding: String = "auto"

    enum CovarianceOption: String, ExpressibleByArgument, CaseIterable { case nonrobust, hc0, hc1, hc2, hc3 }
    enum MissingOption: String, ExpressibleByArgument, CaseIterable { case drop, raise }
    enum FormatOption: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    func validate() throws {
        if x.isEmpty && noIntercept { throw ValidationError("give at least one term with --x, or keep the intercept") }
        if cluster != nil, let cov, cov != .nonrobust {
            throw ValidationError("--cluster sets clustered standard errors; it cannot be combined with --cov \(cov.rawValue)")
        }
    }

    func run() throws {
        do {
            var options = CSVReadingOptions()
            guard let encoding = TextEncoding(spelling: encoding) else {
                throw ValidationError("unknown encoding '\(self.encoding)'; use auto, utf8, gb18030, utf16le or utf16be")
            }
            options.encoding = encoding
            let frame = try DataFrame(contentsOfCSVFile: file, options: options)
            let result = try LinearRegression.fit(try specification(), frame: frame)
            let text = result.formatted(RegressionOutputFormat(rawValue: format.rawValue) ?? .table, includesObservations: observations)
            FileHandle.standardOutput.write(Data(text.utf8))
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("fiscal regress: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func specification() throws(RegressionError) -> ModelSpecification {
        var terms: [ModelTerm] = []
        for argument in x {
            for term in try ModelTerm.parse(argument) where !terms.contains(term) { terms.append(term) }
        }
        let covariance: CovarianceKind
        if let cluster {
            covariance = .clustered(by: cluster)
        } else {
            switch cov ?? .nonrobust {
            case .nonrobust: covariance = .nonrobust
            case .hc0: covariance = .hc0
            case .hc1: covariance = .hc1
            case .hc2: covariance = .hc2
            case .hc3: covariance = .hc3
            }
        }
        let effects = (fe ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ModelSpecification(
            response: y, terms: terms, hasIntercept: !noIntercept, weights: weights, fixedEffects: effects,
            covariance: covariance, missingValues: missing == .drop ? .drop : .raise)
    }
}
