/// The distribution functions regression inference needs: Student t tail and quantile, F tail.
///
/// Kept as a small seam so tests can check how missing functions are reported; when a function
/// is absent the affected figures (p-values, intervals) are reported as unavailable rather than
/// approximated.
struct InferenceDistributions: Sendable {
    /// P(T > t) for Student's t with ν degrees of freedom.
    var studentTSurvival: (@Sendable (_ t: Double, _ degreesOfFreedom: Double) -> Double)?
    /// The p-quantile of Student's t with ν degrees of freedom.
    var studentTQuantile: (@Sendable (_ p: Double, _ degreesOfFreedom: Double) -> Double)?
    /// P(F > f) for the F distribution with (d₁, d₂) degrees of freedom.
    var fSurvival: (@Sendable (_ f: Double, _ numerator: Double, _ denominator: Double) -> Double)?

    /// The functions of this module's Distributions (``StudentT``, ``FisherF``).
    static let standard = InferenceDistributions(
        studentTSurvival: { t, df in (try? StudentT(degreesOfFreedom: df))?.survival(t) ?? .nan },
        studentTQuantile: { p, df in (try? StudentT(degreesOfFreedom: df))?.quantile(p) ?? .nan },
        fSurvival: { f, d1, d2 in
            (try? FisherF(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2))?.survival(f) ?? .nan
        })

    /// No distribution functions: every p-value and interval is unavailable.
    static let none = InferenceDistributions(studentTSurvival: nil, studentTQuantile: nil, fSurvival: nil)
}
