import Testing
@testable import FiscalStatistics

struct RegressionModelTermTests {
    @Test func parsesFunctionsAndSums() throws {
        let terms = try ModelTerm.parse("log(population) + staff + C(region) + poly(year, 2)")
        #expect(terms == [.log("population"), .numeric("staff"), .categorical("region"), .polynomial("year", degree: 2)])
        #expect(terms.map(\.description) == ["log(population)", "staff", "C(region)", "poly(year, 2)"])
    }

    @Test func starExpandsToMainEffectsAndInteraction() throws {
        #expect(try ModelTerm.parse("staff*C(region)") == [
            .numeric("staff"), .categorical("region"), .interaction([.numeric("staff"), .categorical("region")]),
        ])
        let three = try ModelTerm.parse("a*b*c")
        #expect(three.count == 7)
        #expect(three.last == .interaction([.numeric("a"), .numeric("b"), .numeric("c")]))
        #expect(try ModelTerm.parse("a:b") == [.interaction([.numeric("a"), .numeric("b")])])
    }

    @Test func duplicatesCollapse() throws {
        #expect(try ModelTerm.parse("a + a + a*b").count == 3)
    }

    @Test(arguments: [
        ("sqrt(x)", "unknown function 'sqrt'"),
        ("log(x", "missing closing parenthesis"),
        ("poly(x, 0)", "degree must be an integer from 1 to 10"),
        ("poly(x)", "wrong number of arguments"),
        ("a + ", "empty term"),
        ("poly(x, 2):z", "poly() cannot be part of an interaction"),
        ("log()", "expected a column name"),
    ])
    func badTermsAreNamed(text: String, reason: String) {
        let error = #expect(throws: RegressionError.self) { try ModelTerm.parse(text) }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test func columnNamesCoverInteractions() throws {
        let spec = ModelSpecification(
            response: "y", terms: try ModelTerm.parse("x*C(g)"), weights: "w", fixedEffects: ["city"],
            covariance: .clustered(by: "city"))
        #expect(spec.columnNames == ["y", "x", "g", "city", "w"])
    }
}
