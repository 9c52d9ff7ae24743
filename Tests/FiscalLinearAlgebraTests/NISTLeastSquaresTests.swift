import Foundation
import Testing
@testable import FiscalLinearAlgebra

/// A NIST StRD linear least-squares set, read from the JSON copy in Fixtures.
struct NISTDataset: Decodable {
    struct Degree: Decodable {
        var polynomial_degree: Int?
        var intercept: Bool
        var n_parameters: Int
    }
    struct Certified: Decodable {
        var beta: [Double]
        var sd_beta: [Double]
        var residual_sd: Double
        var r_squared: Double
    }
    var name: String
    var x: [[Double]]
    var y: [Double]
    var degree_or_predictors: Degree
    var certified: Certified

    static func load(_ name: String) throws -> NISTDataset {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(NISTDataset.self, from: Data(contentsOf: url))
    }

    /// The design as NIST specifies it: a column of ones when there is an intercept, then either
    /// the powers x¹…x^d of the single predictor or the predictors themselves.
    var design: Matrix {
        var columns: [[Double]] = []
        if degree_or_predictors.intercept { columns.append(Array(repeating: 1, count: y.count)) }
        if let degree = degree_or_predictors.polynomial_degree {
            for power in 1...degree { columns.append(x.map { pow($0[0], Double(power)) }) }
        } else {
            for j in 0..<(x.first?.count ?? 0) { columns.append(x.map { $0[j] }) }
        }
        return try! Matrix(columns: columns)
    }
}

/// The log relative error NIST uses: −log10(|q − c| / |c|), or −log10|q − c| when c = 0, capped at 15.
func logRelativeError(_ estimate: Double, certified: Double) -> Double {
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    return error == 0 ? 15 : min(15, -log10(error))
}

let nistNames = ["Norris", "Pontius", "NoInt1", "NoInt2", "Longley", "Wampler1", "Wampler2", "Wampler3"]

struct NISTLeastSquaresTests {
    @Test(arguments: nistNames)
    func refinedSolveReachesTwelveDigits(name: String) throws {
        let data = try NISTDataset.load(name)
        let x = data.design
        let fit = try RefinedLeastSquares(
            design: x, response: data.y,
            options: .init(interceptColumn: data.degree_or_predictors.intercept ? 0 : nil))
        #expect(fit.rank == data.degree_or_predictors.n_parameters)
        #expect(fit.hasConverged)
        let df = Double(x.rowCount - fit.rank)
        let sigma = (fit.weightedResidualSumOfSquares / df).squareRoot()
        let covariance = try fit.unscaledCovariance()
        let betaLRE = zip(fit.coefficients, data.certified.beta).map { logRelativeError($0, certified: $1) }
        let sdLRE = data.certified.sd_beta.indices.map {
            logRelativeError(sigma * covariance[$0, $0].squareRoot(), certified: data.certified.sd_beta[$0])
        }
        let sigmaLRE = logRelativeError(sigma, certified: data.certified.residual_sd)
        print("\(name): min LRE β \(betaLRE.min()!), SD \(sdLRE.min()!), σ \(sigmaLRE), steps \(fit.refinementSteps)")
        #expect(betaLRE.min()! >= 12)
        #expect(sdLRE.min()! >= 12)
        #expect(sigmaLRE >= 12)
    }

    /// The harder sets with raw power columns (each centered and scaled on its own): Wampler5
    /// (tiny signal in huge residuals) and Filip (degree 10, raw condition number 1.8e15).
    /// Centering each power separately leaves a less well-conditioned working basis than
    /// powers of the centered variable, which the regression layer's poly() uses to reach 11.9
    /// and 14.0; here the bar is what this basis attains.
    @Test(arguments: [("Wampler5", 9.5), ("Filip", 7.5)])
    func harderSetsWithRawPowerColumns(name: String, minimumLRE: Double) throws {
        let data = try NISTDataset.load(name)
        let fit = try RefinedLeastSquares(design: data.design, response: data.y, options: .init(interceptColumn: 0))
        #expect(fit.aliasedColumns.isEmpty)
        let lre = zip(fit.coefficients, data.certified.beta).map { logRelativeError($0, certified: $1) }.min()!
        print("\(name) raw power columns: min LRE β \(lre), steps \(fit.refinementSteps)")
        #expect(lre >= minimumLRE)
    }

    /// The plain SVD solve (dgelsd) with column scaling of the raw design beats numpy's 6.2 on Pontius.
    @Test func svdSolveOnPontius() throws {
        let data = try NISTDataset.load("Pontius")
        let x = data.design
        let fit = try x.leastSquares(data.y)
        #expect(fit.rank == 3)
        let plain = zip(fit.solution.elements, data.certified.beta).map { logRelativeError($0, certified: $1) }.min()!
        let refined = try RefinedLeastSquares(design: x, response: data.y, options: .init(interceptColumn: 0))
        let refinedLRE = zip(refined.coefficients, data.certified.beta).map { logRelativeError($0, certified: $1) }.min()!
        print("Pontius: dgelsd min LRE \(plain), refined \(refinedLRE)")
        #expect(refinedLRE > plain)
        #expect(refinedLRE > 6.2)
    }
}
