import Testing
@testable import FiscalStatistics

@Suite struct OptimizationTests {
    @Test func findsRosenbrockMinimum() {
        let optimizer = NelderMead(lowerBounds: [-5, -5], upperBounds: [5, 5], tolerance: 1e-14, maxEvaluations: 5000)
        let result = optimizer.minimize(start: [-1.2, 1]) { p in
            let a = 1 - p[0], b = p[1] - p[0] * p[0]
            return a * a + 100 * b * b
        }
        #expect(abs(result.point[0] - 1) < 1e-4)
        #expect(abs(result.point[1] - 1) < 1e-4)
        #expect(result.value < 1e-8)
    }

    @Test func stopsAtTheBoundWhenTheMinimumIsOutside() {
        let optimizer = NelderMead(lowerBounds: [0, 0], upperBounds: [1, 1])
        let result = optimizer.minimize(start: [0.5, 0.5]) { p in (p[0] - 3) * (p[0] - 3) + (p[1] + 2) * (p[1] + 2) }
        #expect(abs(result.point[0] - 1) < 1e-6)
        #expect(abs(result.point[1]) < 1e-6)
    }

    @Test func neverEvaluatesOutsideTheBox() {
        let optimizer = NelderMead(lowerBounds: [0.1, -1], upperBounds: [0.9, 1])
        var outside = 0
        _ = optimizer.minimize(start: [0.8, 0.9]) { p in
            if p[0] < 0.1 || p[0] > 0.9 || p[1] < -1 || p[1] > 1 { outside += 1 }
            return -p[0] - p[1]
        }
        #expect(outside == 0)
    }

    @Test func stepsAwayFromNonFiniteValues() {
        let optimizer = NelderMead(lowerBounds: [-10], upperBounds: [10])
        let result = optimizer.minimize(start: [2]) { p in p[0] < 1 ? .nan : (p[0] - 4) * (p[0] - 4) }
        #expect(abs(result.point[0] - 4) < 1e-4)
        #expect(result.value.isFinite)
    }

    @Test func respectsTheEvaluationBudget() {
        let optimizer = NelderMead(lowerBounds: [-1, -1, -1], upperBounds: [1, 1, 1], tolerance: 0, maxEvaluations: 50)
        let result = optimizer.minimize(start: [0.3, 0.2, 0.1]) { p in p.reduce(0) { $0 + $1 * $1 } }
        #expect(result.evaluations <= 60)
        #expect(!result.converged)
    }
}
