import Foundation
import Testing
@testable import FiscalStatistics

/// Properties that must hold on any data, and the error and aliasing paths.
struct RegressionPropertyTests {
    /// A homoskedastic synthetic table with a categorical column and a missing value.
    static func synthetic(rows: Int = 400, seed: UInt64 = 11) -> RegressionData {
        var state = seed
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let groups = ["甲", "乙", "丙"]
        var x1: [Double?] = [], x2: [Double?] = [], g: [String?] = [], y: [Double?] = []
        for i in 0..<rows {
            let a = 100 + 50 * uniform(), b = uniform()
            let level = i % 3
            // Sum of 12 uniforms: approximately normal noise, constant variance.
            let noise = (0..<12).reduce(0.0) { acc, _ in acc + uniform() } - 6
            x1.append(a); x2.append(b); g.append(groups[level])
            y.append(2 + 0.3 * a - 4 * b + Double(level) + noise)
        }
        x2[17] = nil
        return try! RegressionData(columns: [
            ("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2)), ("g", .text(g)),
            ("twice_x1", .numeric(x1.map { $0.map { 2 * $0 + 1 } })),
        ])
    }

    static let terms: [ModelTerm] = [.numeric("x1"), .numeric("x2"), .categorical("g")]

    @Test func residualsAreOrthogonalToTheRegressors() throws {
        let data = Self.synthetic()
        let result = try LinearRegression.fit(ModelSpecification(response: "y", terms: Self.terms), data: data)
        #expect(result.droppedRowCount == 1)
        let x1 = try data.numericColumn("x1"), x2 = try data.numericColumn("x2")
        let rows = result.usedRows.map { $0 - 1 }
        let e = result.residuals
        let scale = e.map(abs).reduce(0, +)
        #expect(abs(e.reduce(0, +)) <= 1e-12 * scale)
        #expect(abs(zip(rows, e).reduce(0) { $0 + x1[$1.0]! * $1.1 }) <= 1e-12 * scale * 150)
        #expect(abs(zip(rows, e).reduce(0) { $0 + x2[$1.0]! * $1.1 }) <= 1e-12 * scale)
        #expect(zip(result.fittedValues, e).allSatisfy { $0.0.isFinite && $0.1.isFinite })
    }

    @Test func hc0IsCloseToNonrobustOnAHomoskedasticDesign() throws {
        let data = Self.synthetic(rows: 4000, seed: 5)
        let plain = try LinearRegression.fit(ModelSpecification(response: "y", terms: Self.terms), data: data)
        let robust = try LinearRegression.fit(ModelSpecification(response: "y", terms: Self.terms, covariance: .hc0), data: data)
        for (a, b) in zip(plain.coefficients, robust.coefficients) {
            #expect(a.estimate == b.estimate)
            #expect(abs(b.standardError / a.standardError - 1) < 0.1, "\(a.name)")
        }
        #expect(robust.covarianceKind == .hc0)
    }

    @Test func leverageSumsToTheParameterCount() throws {
        let result = try LinearRegression.fit(ModelSpecification(response: "y", terms: Self.terms), data: Self.synthetic())
        let total = try #require(result.leverage).reduce(0, +)
        #expect(abs(total - 5) < 1e-10)
    }

    @Test func collinearTermIsReportedAsAliased() throws {
        let terms = Self.terms + [.numeric("twice_x1")]
        let result = try LinearRegression.fit(ModelSpecification(response: "y", terms: terms), data: Self.synthetic())
        #expect(result.aliasedTerms == ["twice_x1"])
        let aliased = try #require(result.coefficient("twice_x1"))
        #expect(aliased.isAliased && aliased.estimate.isNaN && aliased.pValue == nil)
        #expect(result.notes.contains { $0.contains("aliased") && $0.contains("twice_x1") })
        let reference = try LinearRegression.fit(ModelSpecification(response: "y", terms: Self.terms), data: Self.synthetic())
        #expect(abs(result.coefficients[1].estimate - reference.coefficients[1].estimate) <= 1e-12 * abs(reference.coefficients[1].estimate))
        #expect(result.residualDegreesOfFreedom == reference.residualDegreesOfFreedom)
        #expect(result.formatted(.table).contains("(aliased)"))
        #expect(result.formatted(.json).contains("\"aliased\": true"))
    }

    @Test func missingValuesRaiseWhenAsked() throws {
        let spec = ModelSpecification(response: "y", terms: Self.terms, missingValues: .raise)
        #expect(throws: RegressionError.missingValue(column: "x2", row: 18)) {
            try LinearRegression.fit(spec, data: Self.synthetic())
        }
    }

    @Test func invalidDataIsNamed() throws {
        var columns: [(name: String, values: RegressionData.Column)] = [
            ("y", .numeric([1, 2, 3, 4, 5])), ("x", .numeric([1, -2, 3, 4, 6])), ("w", .numeric([1, 1, 0, 1, 1])),
            ("n", .numeric([1, .nan, 3, 4, 5])),
        ]
        let data = try RegressionData(columns: columns)
        #expect(throws: RegressionError.invalidValue(column: "x", row: 2, reason: "log(x) of -2.0, which is not positive")) {
            try LinearRegression.fit(ModelSpecification(response: "y", terms: [.log("x")]), data: data)
        }
        let weightError = #expect(throws: RegressionError.self) {
            try LinearRegression.fit(ModelSpecification(response: "y", terms: [.numeric("x")], weights: "w"), data: data)
        }
        #expect(weightError?.description.contains("column 'w', row 3") == true)
        let nanError = #expect(throws: RegressionError.self) {
            try LinearRegression.fit(ModelSpecification(response: "y", terms: [.numeric("n")]), data: data)
        }
        #expect(nanError?.description.contains("column 'n', row 2") == true)
        #expect(throws: RegressionError.unknownColumn(name: "z", available: ["y", "x", "w", "n"])) {
            try LinearRegression.fit(ModelSpecification(response: "y", terms: [.numeric("z")]), data: data)
        }
        #expect(throws: RegressionError.tooFewObservations(observations: 5, parameters: 5)) {
            try LinearRegression.fit(ModelSpecification(response: "y", terms: try ModelTerm.parse("x + w + C(y)")), data: data)
        }
        columns.append(("short", .numeric([1])))
        #expect(throws: RegressionError.self) { try RegressionData(columns: columns) }
    }

    @Test func withoutDistributionsInferenceIsUnavailableNotGuessed() throws {
        let result = try LinearRegression.fit(
            ModelSpecification(response: "y", terms: Self.terms), data: Self.synthetic(), distributions: .none)
        #expect(result.coefficients.allSatisfy { $0.pValue == nil && $0.confidenceInterval == nil })
        #expect(result.fPValue == nil)
        #expect(result.formatted(.table).contains("n/a"))
    }

    @Test func timeInvariantRegressorIsAbsorbedByEntityEffects() throws {
        let terms: [ModelTerm] = [.numeric("x1"), .categorical("g")]
        let result = try LinearRegression.fit(
            ModelSpecification(response: "y", terms: terms, fixedEffects: ["g"]), data: Self.synthetic())
        #expect(result.aliasedTerms == ["C(g)[T.乙]", "C(g)[T.甲]"])
        #expect(result.referenceLevels == [.init(column: "g", level: "丙")])
        #expect(result.fixedEffects == [.init(column: "g", levelCount: 3)])
    }
}
