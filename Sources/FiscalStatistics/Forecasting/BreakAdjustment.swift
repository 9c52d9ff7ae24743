import Foundation

/// Applies a ``BreakTreatment`` to a series before it is modelled.
///
/// - `exclude`: keeps the years from the break on (at least 2 must remain).
/// - `levelShift`: keeps every year and rescales the years before the break by the estimated
///   shift, so the model sees one regime. The shift is the ratio of the mean of up to three
///   years from the break on to the mean of up to three years before it (a multiplicative
///   dummy, suited to money); when either mean is not positive, the difference is used
///   instead (an additive dummy). This is a level-shift intervention with the size estimated
///   from the neighbouring years, not a jointly estimated coefficient.
enum BreakAdjustment {
    static func apply(_ treatment: BreakTreatment, to series: AnnualSeries, notes: inout [String]) throws(ForecastError) -> [Double] {
        let y = series.values
        let cut = treatment.year - series.startYear
        guard cut > 0, cut < y.count else {
            notes.append("break \(treatment.year) is outside \(series.startYear)–\(series.endYear): ignored")
            return y
        }
        switch treatment.mode {
        case .exclude:
            let kept = Array(y[cut...])
            guard kept.count >= 2 else {
                throw .tooShort(method: "fit after the \(treatment.year) break", needed: 2, got: kept.count)
            }
            notes.append("fitted on \(treatment.year)–\(series.endYear) only (break \(treatment.year))")
            return kept
        case .levelShift:
            let before = y[max(0, cut - 3)..<cut], after = y[cut..<min(y.count, cut + 3)]
            let meanBefore = before.reduce(0, +) / Double(before.count)
            let meanAfter = after.reduce(0, +) / Double(after.count)
            if meanBefore > 0, meanAfter > 0 {
                let ratio = meanAfter / meanBefore
                notes.append("level shift at \(treatment.year): earlier years scaled by \(formatRatio(ratio))")
                return y.enumerated().map { $0.offset < cut ? $0.element * ratio : $0.element }
            }
            let shift = meanAfter - meanBefore
            notes.append("level shift at \(treatment.year): earlier years shifted by \(formatRatio(shift))")
            return y.enumerated().map { $0.offset < cut ? $0.element + shift : $0.element }
        }
    }
}

func formatRatio(_ value: Double) -> String {
    value.formatted(.number.precision(.significantDigits(4)).grouping(.never).locale(Locale(identifier: "en_US_POSIX")))
}
