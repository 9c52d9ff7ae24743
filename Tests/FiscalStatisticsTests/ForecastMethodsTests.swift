import Testing
@testable import FiscalStatistics

@Suite struct ForecastMethodsTests {
    static let linear = try! AnnualSeries(startYear: 2010, values: (0..<12).map { 10 + 2 * Double($0) })
    static let noisy = try! AnnualSeries(startYear: 2012, values: [812.4, 856.1, 901.7, 887.3, 954.2, 1012.8, 998.4, 1075.6, 1121.3, 1098.7])

    @Test func naiveRepeatsTheLastValueWithRandomWalkIntervals() throws {
        let series = try AnnualSeries(startYear: 2018, values: [10, 12, 11, 14])
        let f = try Forecaster.forecast(series, horizon: 3, method: .naive, options: .init(levels: [95]))
        #expect(f.mean == [14, 14, 14])
        #expect(f.years == [2022, 2023, 2024])
        // σ² = mean squared change = (4 + 1 + 9) / 3; interval ±1.959964·σ·√h (R's naive()).
        let sigma = (14.0 / 3).squareRoot()
        let interval = try #require(f.interval(at: 95))
        for h in 1...3 {
            #expect(abs(interval.upper[h - 1] - (14 + 1.959963984540054 * sigma * Double(h).squareRoot())) < 1e-9)
        }
    }

    @Test func driftExtendsTheAverageChange() throws {
        let series = try AnnualSeries(startYear: 2018, values: [10, 12, 11, 16])
        let f = try Forecaster.forecast(series, horizon: 2, method: .drift, options: .init(levels: [80]))
        #expect(f.mean == [18, 20])
        // Changes 2, −1, 5: mean 2, sd² = (0 + 9 + 9)/2 = 9; se_h = 3·√(h(1 + h/3)) (R's rwf drift).
        let interval = try #require(f.interval(at: 80))
        #expect(abs(interval.lower[1] - (20 - 1.2815515655446004 * 3 * (2 * (1 + 2.0 / 3)).squareRoot())) < 1e-9)
    }

    @Test func thetaAddsHalfTheSlopeOnALine() throws {
        let f = try Forecaster.forecast(Self.linear, horizon: 3, method: .theta)
        // SES on a line has α → 1, so Theta forecasts y_n + (b/2)·h with b = 2.
        for (h, value) in f.mean.enumerated() { #expect(abs(value - (32 + Double(h + 1))) < 0.01) }
    }

    @Test func dotmFollowsALine() throws {
        let f = try Forecaster.forecast(Self.linear, horizon: 4, method: .dotm)
        for (h, value) in f.mean.enumerated() { #expect(abs(value - (32 + 2 * Double(h + 1))) < 0.2 * Double(h + 1)) }
    }

    @Test("every method forecasts a noisy trending series sensibly", arguments: ForecastMethod.allCases)
    func everyMethodIsSane(method: ForecastMethod) throws {
        let f = try Forecaster.forecast(Self.noisy, horizon: 4, method: method)
        #expect(f.horizon == 4)
        #expect(f.mean.allSatisfy { $0 > 900 && $0 < 1500 }, "\(method): \(f.mean)")
        for interval in f.intervals {
            for h in 0..<4 { #expect(interval.lower[h] <= f.mean[h] && f.mean[h] <= interval.upper[h]) }
        }
        let i80 = try #require(f.interval(at: 80)), i95 = try #require(f.interval(at: 95))
        #expect(zip(i80.upper, i95.upper).allSatisfy { $0 <= $1 }, "95 % interval is wider")
    }

    @Test func autoIsTheCombinationForLongSeries() throws {
        let auto = try Forecaster.forecast(Self.noisy, horizon: 3)
        let combination = try Forecaster.forecast(Self.noisy, horizon: 3, method: .combination)
        #expect(auto.mean == combination.mean)
        #expect(auto.method.hasPrefix("mean("))
        let members = try [ForecastMethod.dotm, .drift, .damped].map {
            try Forecaster.forecast(Self.noisy, horizon: 3, method: $0).mean
        }
        for h in 0..<3 {
            #expect(abs(auto.mean[h] - members.map { $0[h] }.reduce(0, +) / 3) < 1e-9)
        }
    }

    @Test func combinationIntervalIsTheMixtureOfItsMembers() throws {
        let z = 1.959963984540054
        let members = try [ForecastMethod.dotm, .drift, .damped].map {
            try Forecaster.forecast(Self.noisy, horizon: 3, method: $0, options: .init(levels: [95]))
        }
        let auto = try Forecaster.forecast(Self.noisy, horizon: 3, options: .init(levels: [95]))
        let upper = try #require(auto.interval(at: 95)).upper
        for h in 0..<3 {
            let means = members.map { $0.mean[h] }
            let sds = try members.map { (try #require($0.interval(at: 95)).upper[h] - $0.mean[h]) / z }
            let center = means.reduce(0, +) / 3
            let variance = sds.map { $0 * $0 }.reduce(0, +) / 3 + means.map { ($0 - center) * ($0 - center) }.reduce(0, +) / 3
            #expect(abs(upper[h] - (center + z * variance.squareRoot())) < 1e-8)
        }
    }

    @Test func forecastsAreDeterministic() throws {
        let a = try Forecaster.forecast(Self.noisy, horizon: 5, method: .ets)
        let b = try Forecaster.forecast(Self.noisy, horizon: 5, method: .ets)
        #expect(a == b)
    }

    @Test func parsesMethodNames() throws {
        #expect(try ForecastMethod(parsing: "Holt-Damped") == .damped)
        #expect(try ForecastMethod(parsing: "two-part") == .twoPart)
        #expect(throws: ForecastError.unknownMethod("prophet")) { try ForecastMethod(parsing: "prophet") }
    }

    @Test func rejectsBadHorizonAndLevel() throws {
        #expect(throws: ForecastError.invalidHorizon(0)) { try Forecaster.forecast(Self.noisy, horizon: 0) }
        #expect(throws: ForecastError.invalidHorizon(1_000_000)) { try Forecaster.forecast(Self.noisy, horizon: 1_000_000) }
        #expect(throws: ForecastError.invalidLevel(100)) {
            try Forecaster.forecast(Self.noisy, horizon: 2, options: .init(levels: [80, 100]))
        }
    }
}
