import Testing
@testable import FiscalStatistics

/// Our results against statsmodels 0.15 on the same data, to 1e-10 relative.
struct RegressionStatsmodelsTests {
    static let baseTerms: [ModelTerm] = [.log("population"), .numeric("staff"), .categorical("region"), .numeric("year")]

    func check(_ result: RegressionResult, against key: String, slopesOnly: Bool = false, tolerance: Double = 1e-10) throws {
        let peer = try #require(RegressionFixtures.models[key])
        for coefficient in result.coefficients {
            let name = RegressionFixtures.peerName(coefficient.name)
            let estimate = try #require(peer.params[name], "\(key): no peer coefficient \(name)")
            #expect(isClose(coefficient.estimate, estimate, relative: tolerance), "\(key) \(name): \(coefficient.estimate) vs \(estimate)")
            let se = try #require(peer.bse[name])
            #expect(isClose(coefficient.standardError, se, relative: tolerance), "\(key) SE \(name): \(coefficient.standardError) vs \(se)")
            let p = try #require(coefficient.pValue), peerP = try #require(peer.pvalues[name])
            #expect(isClose(p, peerP, relative: 1e-8), "\(key) p \(name): \(p) vs \(peerP)")
            let interval = try #require(coefficient.confidenceInterval)
            #expect(isClose(interval.lowerBound, try #require(peer.conf_int_lower[name]), relative: tolerance))
            #expect(isClose(interval.upperBound, try #require(peer.conf_int_upper[name]), relative: tolerance))
        }
        if !slopesOnly { #expect(result.coefficients.count == peer.params.count) }
        #expect(Double(result.residualDegreesOfFreedom) == peer.df_resid)
        #expect(Double(result.observationCount) == peer.nobs)
        #expect(isClose(result.residualSumOfSquares, peer.ssr, relative: tolerance), "\(key) SSR")
        #expect(isClose(result.rSquared, peer.rsquared, relative: tolerance), "\(key) R²")
        #expect(isClose(result.adjustedRSquared, peer.rsquared_adj, relative: tolerance), "\(key) adj R²")
        #expect(isClose(result.logLikelihood, peer.llf, relative: tolerance), "\(key) llf")
        #expect(isClose(result.aic, peer.aic, relative: tolerance), "\(key) AIC")
        #expect(isClose(result.bic, peer.bic, relative: tolerance), "\(key) BIC")
        if !slopesOnly, let f = peer.fvalue, let ours = result.fStatistic {
            #expect(isClose(ours, f, relative: tolerance), "\(key) F: \(ours) vs \(f)")
            if let peerP = peer.f_pvalue {
                let p = try #require(result.fPValue)
                #expect(isClose(p, peerP, relative: 1e-8), "\(key) F p: \(p) vs \(peerP)")
            }
        }
    }

    @Test(arguments: [
        ("nonrobust", CovarianceKind.nonrobust), ("HC0", .hc0), ("HC1", .hc1), ("HC2", .hc2), ("HC3", .hc3),
    ])
    func ordinaryLeastSquares(label: String, covariance: CovarianceKind) throws {
        let spec = ModelSpecification(response: "spending", terms: Self.baseTerms, covariance: covariance)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        try check(result, against: "ols_\(label)")
        #expect(result.droppedRowCount == 3)
        #expect(result.referenceLevels == [.init(column: "region", level: "东北")])
        let peer = try #require(RegressionFixtures.models["ols_\(label)"])
        #expect(isClose(result.conditionNumber, peer.condition_number, relative: 1e-7))
    }

    @Test func influenceMeasuresMatch() throws {
        let spec = ModelSpecification(response: "spending", terms: Self.baseTerms)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        let peer = try #require(RegressionFixtures.models["ols_nonrobust"])
        let leverage = try #require(result.leverage), hat = try #require(peer.hat)
        let studentized = try #require(result.studentizedResiduals), peerStudentized = try #require(peer.studentized_internal)
        let cooks = try #require(result.cooksDistance), peerCooks = try #require(peer.cooks_distance)
        #expect(leverage.count == hat.count)
        for i in hat.indices {
            #expect(isClose(leverage[i], hat[i]), "hat \(i)")
            #expect(isClose(studentized[i], peerStudentized[i], relative: 1e-9), "studentized \(i)")
            #expect(isClose(cooks[i], peerCooks[i], relative: 1e-9), "Cook \(i)")
        }
    }

    @Test(arguments: [("nonrobust", CovarianceKind.nonrobust), ("HC1", .hc1), ("HC3", .hc3)])
    func weightedLeastSquares(label: String, covariance: CovarianceKind) throws {
        let spec = ModelSpecification(response: "spending", terms: Self.baseTerms, weights: "weight", covariance: covariance)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        #expect(result.method == "WLS")
        try check(result, against: "wls_\(label)")
    }

    @Test func clusteredByCity() throws {
        let spec = ModelSpecification(response: "spending", terms: [.numeric("staff"), .log("population")], covariance: .clustered(by: "city"))
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        try check(result, against: "ols_cluster")
        #expect(result.clusterCount == 30)
        #expect(result.inferenceDegreesOfFreedom == 29)
    }

    @Test(arguments: [
        ("fe_entity_nonrobust", CovarianceKind.nonrobust), ("fe_entity_cluster", .clustered(by: "city")),
        ("fe_entity_HC1", .hc1), ("fe_entity_HC3", .hc3),
    ])
    func entityFixedEffects(key: String, covariance: CovarianceKind) throws {
        let spec = ModelSpecification(
            response: "spending", terms: [.numeric("staff"), .log("population")], fixedEffects: ["city"], covariance: covariance)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        try check(result, against: key, slopesOnly: true)
        #expect(result.fixedEffects == [.init(column: "city", levelCount: 30)])
        #expect(result.coefficients.map(\.name) == ["staff", "log(population)"])
    }

    @Test(arguments: [("fe_twoway_nonrobust", CovarianceKind.nonrobust), ("fe_twoway_cluster", .clustered(by: "city"))])
    func twoWayFixedEffectsOnAnUnbalancedPanel(key: String, covariance: CovarianceKind) throws {
        let spec = ModelSpecification(
            response: "spending", terms: [.numeric("staff"), .log("population")], fixedEffects: ["city", "year"],
            covariance: covariance)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        try check(result, against: key, slopesOnly: true, tolerance: 1e-9)
    }

    @Test func weightedEntityFixedEffects() throws {
        let spec = ModelSpecification(
            response: "spending", terms: [.numeric("staff"), .log("population")], weights: "weight", fixedEffects: ["city"])
        try check(try LinearRegression.fit(spec, data: RegressionFixtures.panel), against: "fe_entity_wls", slopesOnly: true)
    }

    @Test func interactionWithCategoricalUnderHC2() throws {
        let spec = ModelSpecification(
            response: "spending", terms: try ModelTerm.parse("staff*C(region)"), covariance: .hc2)
        try check(try LinearRegression.fit(spec, data: RegressionFixtures.panel), against: "interaction")
    }

    @Test func noInterceptReportsUncenteredRSquared() throws {
        let spec = ModelSpecification(response: "spending", terms: [.numeric("staff"), .log("population")], hasIntercept: false)
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        #expect(result.isRSquaredUncentered)
        try check(result, against: "no_intercept")
    }

    @Test func polynomialIsReportedInTheOriginalScale() throws {
        let spec = ModelSpecification(response: "spending", terms: [.polynomial("density", degree: 2), .numeric("staff")])
        let result = try LinearRegression.fit(spec, data: RegressionFixtures.panel)
        #expect(result.coefficients.map(\.name) == ["Intercept", "density", "density^2", "staff"])
        try check(result, against: "poly", tolerance: 1e-9)
    }
}
