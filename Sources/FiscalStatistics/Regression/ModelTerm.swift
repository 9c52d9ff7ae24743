/// One term of a linear model's right-hand side.
///
/// Terms are written as in R and patsy: `x`, `log(x)`, `C(region)`, `poly(year, 2)`, and
/// interactions `a:b` (product only) or `a*b` (shorthand for `a + b + a:b`).
public indirect enum ModelTerm: Hashable, Sendable, CustomStringConvertible {
    /// A numeric column as it is.
    case numeric(String)
    /// The natural logarithm of a positive numeric column.
    case log(String)
    /// Treatment-coded dummies of a column's levels (first level in sorted order is the reference).
    case categorical(String)
    /// Orthogonal-in-spirit polynomial: the powers of the centered and scaled column up to
    /// `degree`, reported as coefficients of x, x², … in the original scale.
    case polynomial(String, degree: Int)
    /// The product of two or more non-interaction terms.
    case interaction([ModelTerm])

    public var description: String {
        switch self {
        case let .numeric(name): return name
        case let .log(name): return "log(\(name))"
        case let .categorical(name): return "C(\(name))"
        case let .polynomial(name, degree): return "poly(\(name), \(degree))"
        case let .interaction(factors): return factors.map(\.description).joined(separator: ":")
        }
    }

    /// The data columns the term reads.
    public var columnNames: [String] {
        switch self {
        case let .numeric(name), let .log(name), let .categorical(name), let .polynomial(name, _): return [name]
        case let .interaction(factors): return factors.flatMap(\.columnNames)
        }
    }

    /// Parses one or more terms joined by `+`, for example `"log(pop) + C(region) + staff*year"`.
    ///
    /// - Throws: ``RegressionError/invalidTerm(term:reason:)`` naming the offending text.
    public static func parse(_ text: String) throws(RegressionError) -> [ModelTerm] {
        var result: [ModelTerm] = []
        for piece in splitTopLevel(text, on: "+") {
            let trimmed = piece.trimmingSpaces
            guard !trimmed.isEmpty else { throw .invalidTerm(term: text, reason: "empty term") }
            for term in try parseProduct(trimmed) where !result.contains(term) { result.append(term) }
        }
        return result
    }

    private static func parseProduct(_ text: String) throws(RegressionError) -> [ModelTerm] {
        if text.contains("*") {
            let parts = splitTopLevel(text, on: "*").map(\.trimmingSpaces)
            let expanded = try parts.map { (part) throws(RegressionError) in try parseProduct(part) }
            // a*b*c = all non-empty products of the factors, in order of size.
            var terms: [ModelTerm] = []
            let count = expanded.count
            for size in 1...count {
                for subset in combinations(count, size) {
                    var factors: [ModelTerm] = []
                    for index in subset { factors.append(contentsOf: expanded[index].flatMap(\.factors)) }
                    let term = factors.count == 1 ? factors[0] : .interaction(factors)
                    if !terms.contains(term) { terms.append(term) }
                }
            }
            return terms
        }
        let parts = splitTopLevel(text, on: ":").map(\.trimmingSpaces)
        let factors = try parts.map { (part) throws(RegressionError) in try parseAtom(part, in: text) }
        if factors.count == 1 { return factors }
        if factors.contains(where: { if case .polynomial = $0 { true } else { false } }) {
            throw .invalidTerm(term: text, reason: "poly() cannot be part of an interaction")
        }
        return [.interaction(factors)]
    }

    private var factors: [ModelTerm] {
        if case let .interaction(factors) = self { return factors }
        return [self]
    }

    private static func parseAtom(_ text: String, in whole: String) throws(RegressionError) -> ModelTerm {
        guard !text.isEmpty else { throw .invalidTerm(term: whole, reason: "empty factor") }
        guard let open = text.firstIndex(of: "(") else {
            guard text.allSatisfy({ $0 != ")" && $0 != "," }) else {
                throw .invalidTerm(term: text, reason: "unbalanced parenthesis or stray comma")
            }
            return .numeric(text)
        }
        guard text.hasSuffix(")") else { throw .invalidTerm(term: text, reason: "missing closing parenthesis") }
        let function = String(text[..<open]).trimmingSpaces
        let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        let arguments = inside.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard let column = arguments.first, !column.isEmpty, !column.contains("(") else {
            throw .invalidTerm(term: text, reason: "expected a column name inside the parentheses")
        }
        switch (function, arguments.count) {
        case ("log", 1): return .log(column)
        case ("C", 1): return .categorical(column)
        case ("poly", 2):
            guard let degree = Int(arguments[1]), (1...10).contains(degree) else {
                throw .invalidTerm(term: text, reason: "poly() degree must be an integer from 1 to 10")
            }
            return .polynomial(column, degree: degree)
        case ("log", _), ("C", _), ("poly", _):
            throw .invalidTerm(term: text, reason: "wrong number of arguments to \(function)()")
        default:
            throw .invalidTerm(term: text, reason: "unknown function '\(function)' (known: log, C, poly)")
        }
    }

    /// Splits on `separator` outside parentheses.
    private static func splitTopLevel(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if character == separator && depth == 0 { parts.append(current); current = "" } else { current.append(character) }
        }
        parts.append(current)
        return parts
    }

    private static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
        if k == 0 { return [[]] }
        if n < k { return [] }
        return combinations(n - 1, k) + combinations(n - 1, k - 1).map { $0 + [n - 1] }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
