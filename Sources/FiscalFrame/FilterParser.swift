/// Recursive-descent parser for ``FilterExpression``.
struct FilterParser {
    private enum Token: Equatable {
        case name(String), number(CellValue), text(String), op(String), word(String), open, close, end
    }

    private let text: String
    private var tokens: [(Token, Int)] = []
    private var index = 0
    private var lexError: FilterExpressionError?

    init(text: String) {
        self.text = text
        tokenize()
    }

    mutating func parseAll() throws -> FilterExpression {
        if let lexError { throw lexError }
        let expression = try parseOr()
        guard case .end = current else { throw error("unexpected \(describe(current))") }
        return expression
    }

    private var current: Token { tokens[index].0 }
    private var position: Int { tokens[index].1 }

    private func error(_ message: String, at position: Int? = nil) -> FilterExpressionError {
        FilterExpressionError(message: message, expression: text, position: position ?? self.position)
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .name(let n): "'\(n)'"
        case .number(let v): "number \(v)"
        case .text(let s): "text '\(s)'"
        case .op(let o): "'\(o)'"
        case .word(let w): "'\(w)'"
        case .open: "'('"
        case .close: "')'"
        case .end: "end of expression"
        }
    }

    private mutating func parseOr() throws -> FilterExpression {
        var lhs = try parseAnd()
        while current == .op("||") || current == .word("or") {
            index += 1
            lhs = .or(lhs, try parseAnd())
        }
        return lhs
    }

    private mutating func parseAnd() throws -> FilterExpression {
        var lhs = try parseNot()
        while current == .op("&&") || current == .word("and") {
            index += 1
            lhs = .and(lhs, try parseNot())
        }
        return lhs
    }

    private mutating func parseNot() throws -> FilterExpression {
        if current == .op("!") || current == .word("not") {
            index += 1
            return .not(try parseNot())
        }
        if current == .open {
            index += 1
            let inner = try parseOr()
            guard current == .close else { throw error("expected ')' but found \(describe(current))") }
            index += 1
            return inner
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> FilterExpression {
        let lhs = try parseOperand()
        if current == .word("is") {
            index += 1
            var negated = false
            if current == .word("not") { negated = true; index += 1 }
            guard current == .word("null") else { throw error("expected 'null' after 'is'") }
            index += 1
            guard case .column(let name) = lhs else { throw error("'is null' needs a column on the left") }
            return .isNil(name, !negated)
        }
        let comparison: FilterExpression.Comparison
        switch current {
        case .op("=="), .op("="): comparison = .equal
        case .op("!="), .op("<>"): comparison = .notEqual
        case .op("<"): comparison = .less
        case .op("<="): comparison = .lessOrEqual
        case .op(">"): comparison = .greater
        case .op(">="): comparison = .greaterOrEqual
        case .word("contains"): comparison = .contains
        case .word("starts_with"): comparison = .startsWith
        default: throw error("expected a comparison (==, !=, <, <=, >, >=, contains) but found \(describe(current))")
        }
        index += 1
        let rhs = try parseOperand()
        return .compare(lhs, comparison, rhs)
    }

    private mutating func parseOperand() throws -> FilterExpression.Operand {
        let token = current
        switch token {
        case .name(let n): index += 1; return .column(n)
        case .number(let v): index += 1; return .literal(v)
        case .text(let s): index += 1; return .literal(.string(s))
        case .word("true"): index += 1; return .literal(.bool(true))
        case .word("false"): index += 1; return .literal(.bool(false))
        case .word("null"): index += 1; return .literal(nil)
        default: throw error("expected a column, number or quoted text but found \(describe(token))")
        }
    }

    private static let words: Set<String> = ["and", "or", "not", "is", "null", "true", "false", "contains", "starts_with"]

    private mutating func tokenize() {
        let chars = Array(text)
        var i = 0
        func isNameChar(_ c: Character) -> Bool {
            c.isLetter || c.isNumber || c == "_" || c == "." || (!c.isASCII && !c.isWhitespace && !c.isPunctuation)
        }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c.isWhitespace { i += 1; continue }
            if c == "(" { tokens.append((.open, start)); i += 1; continue }
            if c == ")" { tokens.append((.close, start)); i += 1; continue }
            if c == "'" || c == "\"" || c == "`" {
                var j = i + 1
                var value = ""
                var closed = false
                while j < chars.count {
                    if chars[j] == c {
                        if j + 1 < chars.count && chars[j + 1] == c { value.append(c); j += 2; continue }
                        closed = true
                        break
                    }
                    value.append(chars[j])
                    j += 1
                }
                if !closed {
                    lexError = FilterExpressionError(message: "unclosed \(c)", expression: text, position: start)
                    break
                }
                tokens.append((c == "`" ? .name(value) : .text(value), start))
                i = j + 1
                continue
            }
            let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
            if ["==", "!=", "<=", ">=", "<>", "&&", "||"].contains(two) {
                tokens.append((.op(two), start)); i += 2; continue
            }
            if "=<>!".contains(c) { tokens.append((.op(String(c)), start)); i += 1; continue }
            let isSignedNumber = (c == "-" || c == "+") && i + 1 < chars.count && (chars[i + 1].isASCII && chars[i + 1].isNumber)
            if (c.isASCII && c.isNumber) || isSignedNumber {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "." || chars[j] == "e"
                    || chars[j] == "E" || ((chars[j] == "-" || chars[j] == "+") && (chars[j - 1] == "e" || chars[j - 1] == "E"))
                { j += 1 }
                let literal = String(chars[i..<j])
                if let v = Int(literal) { tokens.append((.number(.int(v)), start)) }
                else if let v = Double(literal) { tokens.append((.number(.double(v)), start)) }
                else {
                    lexError = FilterExpressionError(message: "'\(literal)' is not a number", expression: text, position: start)
                    break
                }
                i = j
                continue
            }
            if isNameChar(c) {
                var j = i
                while j < chars.count && isNameChar(chars[j]) { j += 1 }
                let word = String(chars[i..<j])
                tokens.append((Self.words.contains(word.lowercased()) ? .word(word.lowercased()) : .name(word), start))
                i = j
                continue
            }
            lexError = FilterExpressionError(message: "unexpected character '\(c)'", expression: text, position: start)
            break
        }
        tokens.append((.end, chars.count))
    }
}
