import Foundation
import Testing
@testable import FiscalFrame

/// Access to the files in `Fixtures/`.
enum Fixture {
    static func path(_ name: String) throws -> String {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func frame(_ name: String) throws -> DataFrame {
        try DataFrame(contentsOfCSVFile: try path(name))
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: try path(name), encoding: .utf8)
    }
}

/// Whether `a` and `b` agree to a relative tolerance (absolute near zero); nil equals nil and
/// NaN equals NaN.
func agree(_ a: Double?, _ b: Double?, tolerance: Double = 1e-12) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?):
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
        if x.isInfinite || y.isInfinite { return x == y }
        return abs(x - y) <= tolerance * max(1, abs(x), abs(y))
    default: return false
    }
}

/// The cells of a numeric column as optional doubles.
func doubles(_ frame: DataFrame, _ name: String) throws -> [Double?] {
    try #require(try frame.column(named: name).doubles)
}
