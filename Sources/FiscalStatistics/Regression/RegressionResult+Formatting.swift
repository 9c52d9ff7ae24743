import FiscalFrame
import Foundation

/// How a ``RegressionResult`` is printed.
public enum RegressionOutputFormat: String, Sendable, CaseIterable {
    /// A fixed-width text summary for the terminal.
    case table
    /// Markdown tables.
    case markdown
    /// A JSON object with every figure at full precision.
    case json
}

extension RegressionResult {
    /// The result printed in `format`.
    ///
    /// - Parameter includesObservations: For JSON, also list residuals, fitted values, leverage,
    ///   studentized residuals and Cook's distance per used row.
    public func formatted(_ format: RegressionOutputFormat, includesObservations: Bool = false) -> String {
        switch format {
        case .table: return tableText()
        case .markdown: return markdownText()
        case .json: return jsonText(includesObservations: includesObservations)
        }
    }

    private var title: String {
        var text = "\(method) regression of \(responseName): \(observationCount) observations"
        if droppedRowCount > 0 { text += " (\(droppedRowCount) dropped for missing values)" }
        return text
    }

    private var covarianceText: String {
        if let clusterCount { return "\(covarianceKind), \(clusterCount) clusters" }
        return covarianceKind.description
    }

    private func coefficientRows() -> [[String]] {
        coefficients.map { c in
            guard !c.isAliased else { return [c.name, "(aliased)", "", "", "", "", ""] }
            return [
                c.name, Self.number(c.estimate), Self.number(c.standardError), Self.fixed(c.tStatistic, 3),
                c.pValue.map(Self.probability) ?? "n/a",
                c.confidenceInterval.map { Self.number($0.lowerBound) } ?? "n/a",
                c.confidenceInterval.map { Self.number($0.upperBound) } ?? "n/a",
            ]
        }
    }

    private var header: [String] { ["", "coef", "std err", "t", "P>|t|", "[0.025", "0.975]"] }

    private func statisticLines() -> [(String, String)] {
        var lines: [(String, String)] = []
        lines.append((isRSquaredUncentered ? "R² (uncentered)" : "R²", Self.fixed(rSquared, 6)))
        lines.append(("Adjusted R²", Self.fixed(adjustedRSquared, 6)))
        if let withinRSquared { lines.append(("Within R²", Self.fixed(withinRSquared, 6))) }
        if let fStatistic {
            let p = fPValue.map { value in
                let text = Self.probability(value)
                return text.hasPrefix("<") ? ", p < 1e-16" : ", p = " + text
            } ?? ""
            lines.append(("F(\(fNumeratorDegreesOfFreedom), \(inferenceDegreesOfFreedom))", Self.number(fStatistic) + p))
        }
        lines.append(("Log-likelihood", Self.number(logLikelihood)))
        lines.append(("AIC", Self.number(aic)))
        lines.append(("BIC", Self.number(bic)))
        lines.append(("Residual std. error", "\(Self.number(residualStandardError)) on \(residualDegreesOfFreedom) df"))
        // A ratio, not an amount: large ones read better in scientific notation.
        lines.append(("Condition number", conditionNumber >= 1e7 && conditionNumber.isFinite
            ? String(format: "%.4e", locale: Self.posix, conditionNumber).lowercased() : Self.number(conditionNumber)))
        lines.append(("Covariance", covarianceText))
        for reference in referenceLevels { lines.append(("Reference level", "\(reference.column) = \(reference.level)")) }
        for effect in fixedEffects { lines.append(("Fixed effects", "\(effect.column) (\(effect.levelCount) levels)")) }
        return lines
    }

    private func tableText() -> String {
        let rows = [header] + coefficientRows()
        let widths = (0..<header.count).map { j in rows.map { DisplayWidth.of($0[j]) }.max() ?? 0 }
        var out = title + "\n\n"
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { j, cell in DisplayWidth.pad(cell, to: widths[j], alignRight: j > 0) }
            out += cells.joined(separator: "  ") + "\n"
            if index == 0 { out += String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n" }
        }
        out += "\n"
        let labelWidth = statisticLines().map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, value) in statisticLines() { out += DisplayWidth.pad(label, to: labelWidth) + "  " + value + "\n" }
        for note in notes { out += "Note: \(note)\n" }
        return out
    }

    private func markdownText() -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var out = "**\(title)**\n\n"
        out += "| " + ["term"] .joined() + " | " + header.dropFirst().map(escape).joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: header.count - 1) + "\n"
        for row in coefficientRows() { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        out += "\n| statistic | value |\n|---|---:|\n"
        for (label, value) in statisticLines() { out += "| \(escape(label)) | \(escape(value)) |\n" }
        if !notes.isEmpty { out += "\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    private func jsonText(includesObservations: Bool) -> String {
        var fields: [(String, String)] = [
            ("method", Self.json(method)), ("response", Self.json(responseName)),
            ("observations", "\(observationCount)"), ("dropped_rows", "\(droppedRowCount)"),
            ("covariance", Self.json(covarianceKind.description)),
        ]
        let coefficientObjects = coefficients.map { c in
            Self.object([
                ("name", Self.json(c.name)), ("aliased", c.isAliased ? "true" : "false"),
                ("estimate", Self.json(c.estimate)), ("std_error", Self.json(c.standardError)),
                ("t", Self.json(c.tStatistic)), ("p_value", Self.json(c.pValue)),
                ("ci_lower", Self.json(c.confidenceInterval?.lowerBound)),
                ("ci_upper", Self.json(c.confidenceInterval?.upperBound)),
            ])
        }
        fields.append(("coefficients", "[" + coefficientObjects.joined(separator: ", ") + "]"))
        fields.append(("reference_levels", Self.object(referenceLevels.map { ($0.column, Self.json($0.level)) })))
        fields.append(("fixed_effects", Self.object(fixedEffects.map { ($0.column, "\($0.levelCount)") })))
        fields += [
            ("df_model", "\(modelDegreesOfFreedom)"), ("df_resid", "\(residualDegreesOfFreedom)"),
            ("df_inference", "\(inferenceDegreesOfFreedom)"), ("clusters", clusterCount.map(String.init) ?? "null"),
            ("r_squared", Self.json(rSquared)), ("r_squared_uncentered", isRSquaredUncentered ? "true" : "false"),
            ("adj_r_squared", Self.json(adjustedRSquared)), ("within_r_squared", Self.json(withinRSquared)),
            ("f_statistic", Self.json(fStatistic)), ("f_df", "[\(fNumeratorDegreesOfFreedom), \(inferenceDegreesOfFreedom)]"),
            ("f_p_value", Self.json(fPValue)), ("log_likelihood", Self.json(logLikelihood)),
            ("aic", Self.json(aic)), ("bic", Self.json(bic)), ("ssr", Self.json(residualSumOfSquares)),
            ("residual_std_error", Self.json(residualStandardError)), ("condition_number", Self.json(conditionNumber)),
            ("covariance_matrix", "[" + covarianceMatrix.rows.map { "[" + $0.map { Self.json($0) }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"),
            ("notes", "[" + notes.map(Self.json).joined(separator: ", ") + "]"),
        ]
        if includesObservations {
            func array(_ values: [Double]?) -> String { values.map { "[" + $0.map { Self.json($0) }.joined(separator: ", ") + "]" } ?? "null" }
            fields += [
                ("rows", "[" + usedRows.map(String.init).joined(separator: ", ") + "]"),
                ("residuals", array(residuals)), ("fitted", array(fittedValues)), ("leverage", array(leverage)),
                ("studentized_residuals", array(studentizedResiduals)), ("cooks_distance", array(cooksDistance)),
            ]
        }
        return Self.object(fields, indent: true) + "\n"
    }

    // MARK: Number text

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Fixed notation for magnitudes in [1e-4, 1e15): six significant digits, and every whole
    /// digit of a large value (yuan figures run to hundreds of millions); scientific otherwise.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e-4 && magnitude < 1e15 {
            let decimals = max(0, 5 - Int(Foundation.floor(Foundation.log10(magnitude))))
            return String(format: "%.\(decimals)f", locale: posix, value)
        }
        return String(format: "%.4e", locale: posix, value).lowercased()
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        return String(format: "%.\(decimals)f", locale: posix, value)
    }

    static func probability(_ p: Double) -> String {
        guard p.isFinite else { return "NaN" }
        if p < 1e-16 { return "<1e-16" }
        if p < 1e-4 { return String(format: "%.2e", locale: posix, p).lowercased() }
        return String(format: "%.4f", locale: posix, p)
    }

    /// Shortest round-trip text, `null` for NaN, infinities and absent values.
    static func json(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return "\(value)"
    }

    static func json(_ text: String) -> String { JSONText.quoted(text) }

    static func object(_ fields: [(String, String)], indent: Bool = false) -> String {
        let separator = indent ? ",\n  " : ", "
        let body = fields.map { json($0.0) + ": " + $0.1 }.joined(separator: separator)
        return indent ? "{\n  " + body + "\n}" : "{" + body + "}"
    }
}
