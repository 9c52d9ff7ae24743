import Foundation
import FiscalLinearAlgebra

/// The numeric design built from a specification and a table: complete rows only.
struct DesignMatrix {
    /// Names of the design columns ("Intercept", "log(pop)", "C(region)[T.east]", "year^2", …).
    var names: [String]
    var matrix: Matrix
    var response: [Double]
    var weights: [Double]?
    /// Indices (0-based) of the table rows used.
    var rows: [Int]
    var droppedRowCount: Int
    var interceptColumn: Int?
    /// Reference level per categorical column.
    var referenceLevels: [(column: String, level: String)]
    /// Polynomial blocks to report in the original scale.
    var polynomials: [PolynomialBlock]
    /// The centered powers zᵏ of `poly` terms in extended precision, by design column.
    var exactColumns: [Int: [Extended]]
    /// Level labels per fixed-effect column and cluster column, per used row.
    var groupLabels: [String: [String]]

    struct PolynomialBlock {
        var columns: [Int]
        var mean: Double
        var scale: Double
    }
}

extension DesignMatrix {
    /// Builds the design for `specification` from `data`.
    ///
    /// - Throws: ``RegressionError`` naming the column, term and row of any problem.
    init(specification spec: ModelSpecification, data: RegressionData) throws(RegressionError) {
        // Complete rows.
        var complete = [Bool](repeating: true, count: data.rowCount)
        for name in spec.columnNames {
            let column = try data.column(name)
            switch column {
            case let .numeric(values):
                for (row, value) in values.enumerated() where value == nil { complete[row] = false }
            case let .text(values):
                for (row, value) in values.enumerated() where value == nil { complete[row] = false }
            }
        }
        if spec.missingValues == .raise, let row = complete.firstIndex(of: false) {
            for name in spec.columnNames where try data.column(name).isMissing(row) {
                throw .missingValue(column: name, row: row + 1)
            }
        }
        var used: [Int] = []
        used.reserveCapacity(data.rowCount)
        for row in 0..<data.rowCount where complete[row] { used.append(row) }
        self.rows = used
        self.droppedRowCount = data.rowCount - used.count
        let y = try Self.numbers(spec.response, data: data, rows: used)
        self.response = y
        if let name = spec.weights {
            let w = try Self.numbers(name, data: data, rows: used)
            if let bad = w.firstIndex(where: { $0 <= 0 }) {
                throw .invalidValue(column: name, row: used[bad] + 1, reason: "weight \(w[bad]) is not positive")
            }
            self.weights = w
        } else {
            self.weights = nil
        }
        var groups: [String: [String]] = [:]
        var groupColumns = spec.fixedEffects
        if case let .clustered(column) = spec.covariance { groupColumns.append(column) }
        for name in groupColumns {
            let column = try data.column(name)
            groups[name] = used.map { column.label($0) ?? "" }
        }
        self.groupLabels = groups

        var names: [String] = []
        var values: [[Double]] = []
        var references: [(String, String)] = []
        var polynomials: [PolynomialBlock] = []
        var exactColumns: [Int: [Extended]] = [:]
        let n = used.count
        let absorbsIntercept = !spec.fixedEffects.isEmpty
        if spec.hasIntercept && !absorbsIntercept {
            names.append("Intercept")
            values.append(Array(repeating: 1, count: n))
            self.interceptColumn = 0
        } else {
            self.interceptColumn = nil
        }
        let hasConstant = spec.hasIntercept || absorbsIntercept
        for term in spec.terms {
            switch term {
            case let .polynomial(name, degree):
                let x = try Self.numbers(name, data: data, rows: used)
                let mean = x.reduce(0, +) / Double(max(1, n))
                let spread = (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, n - 1))).squareRoot()
                // Without a constant in the model the centered powers cannot be mapped back, so
                // the raw powers are used (the solver still centers and scales them).
                let useCentered = hasConstant && spread > 0
                let (center, scale) = useCentered ? (mean, spread) : (0, 1)
                let z = x.map { ($0 - center) / scale }
                var block: [Int] = []
                for power in 1...degree {
                    block.append(names.count)
                    if useCentered {
                        let (c, sc) = (Extended(center), Extended(scale))
                        exactColumns[names.count] = x.map { Self.power((Extended($0) - c) / sc, power) }
                    }
                    names.append(power == 1 ? name : "\(name)^\(power)")
                    values.append(z.map { Self.power($0, power) })
                }
                if useCentered { polynomials.append(PolynomialBlock(columns: block, mean: center, scale: scale)) }
            default:
                let factors: [ModelTerm]
                if case let .interaction(parts) = term { factors = parts } else { factors = [term] }
                var product: [(name: String, values: [Double])] = []
                for factor in factors {
                    if product.isEmpty {
                        product = try Self.factorColumns(factor, data: data, rows: used, references: &references)
                        continue
                    }
                    let pieces = try Self.factorColumns(factor, data: data, rows: used, references: &references)
                    var next: [(String, [Double])] = []
                    for left in product {
                        for right in pieces {
                            let name = "\(left.name):\(right.name)"
                            next.append((name, zip(left.values, right.values).map { $0 * $1 }))
                        }
                    }
                    product = next
                }
                for piece in product where !names.contains(piece.name) {
                    names.append(piece.name)
                    values.append(piece.values)
                }
            }
        }
        self.names = names
        self.referenceLevels = references
        self.polynomials = polynomials
        do {
            self.matrix = try Matrix(columns: values.isEmpty ? [] : values)
        } catch {
            throw .numerical(error.description)
        }
        if values.isEmpty { self.matrix = Matrix(rowCount: n, columnCount: 0) }
        self.exactColumns = exactColumns
    }

    private static func power<T: FloatingPoint>(_ z: T, _ k: Int) -> T {
        var result: T = 1
        for _ in 0..<k { result *= z }
        return result
    }

    /// The finite numbers of a numeric column on the used rows.
    static func numbers(_ name: String, data: RegressionData, rows: [Int]) throws(RegressionError) -> [Double] {
        let column = try data.numericColumn(name)
        var result: [Double] = []
        result.reserveCapacity(rows.count)
        if rows.count == column.count {
            // Every row is used: one pass, no index indirection.
            for (row, value) in column.enumerated() {
                guard let value, value.isFinite else {
                    throw .invalidValue(column: name, row: row + 1, reason: "value \(column[row].map { "\($0)" } ?? "nil") is not a finite number")
                }
                result.append(value)
            }
            return result
        }
        for row in rows {
            // Rows with nil were removed before; a NaN or infinity is data, and an error.
            let value = column[row] ?? .nan
            guard value.isFinite else {
                throw .invalidValue(column: name, row: row + 1, reason: "value \(value) is not a finite number")
            }
            result.append(value)
        }
        return result
    }

    /// The design columns of one non-interaction factor.
    private static func factorColumns(
        _ factor: ModelTerm, data: RegressionData, rows: [Int], references: inout [(String, String)]
    ) throws(RegressionError) -> [(name: String, values: [Double])] {
        switch factor {
        case let .numeric(name):
            return [(name, try numbers(name, data: data, rows: rows))]
        case let .log(name):
            let x = try numbers(name, data: data, rows: rows)
            if let bad = x.firstIndex(where: { $0 <= 0 }) {
                throw .invalidValue(column: name, row: rows[bad] + 1, reason: "log(\(name)) of \(x[bad]), which is not positive")
            }
            return [("log(\(name))", x.map { Foundation.log($0) })]
        case let .categorical(name):
            let column = try data.column(name)
            let labels = rows.map { column.label($0) ?? "" }
            let levels = sortedLevels(Set(labels), numeric: { if case .numeric = column { true } else { false } }())
            guard levels.count >= 2 else {
                throw .invalidTerm(term: "C(\(name))", reason: "column has \(levels.count) level on the used rows; at least 2 are needed")
            }
            if !references.contains(where: { $0.0 == name }) { references.append((name, levels[0])) }
            return levels.dropFirst().map { level in
                ("C(\(name))[T.\(level)]", labels.map { $0 == level ? 1 : 0 })
            }
        case .polynomial, .interaction:
            throw .invalidTerm(term: factor.description, reason: "cannot be nested in an interaction")
        }
    }

    /// Levels in sorted order: numerically for numeric columns, by Unicode scalars otherwise.
    static func sortedLevels(_ levels: Set<String>, numeric: Bool) -> [String] {
        if numeric {
            return levels.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
        }
        return levels.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}
