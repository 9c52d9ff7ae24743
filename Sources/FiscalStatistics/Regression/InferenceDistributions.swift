/// The distribution functions regression inference needs: Student t tail and quantile, F tail.
///
/// The functions come from the Distributions module; when a function is absent the affected
/// figures (p-values, intervals) are reported as unavailable rather than approximated.
struct InferenceDistributions: Sendable {
    /// P(T > t) for Student's t with ν degrees of freedom.
    var studentTSurvival: (@Sendable (_ t: Double, _ degreesOfFreedom: Double) -> Double)?
    /// The p-quantile of Student's t with ν degrees of freedom.
    var studentTQuantile: (@Sendable (_ p: Double, _ degreesOfFreedom: Double) -> Double)?
    /// P(F > f) for the F distribution with (d₁, d₂) degrees of freedom.
    var fSurvival: (@Sendable (_ f: Double, _ numerator: Double, _ denominator: Double) -> Double)?

    /// The functions of this package's Distributions module.
    static let standard = InferenceDistributions(studentTSurvival: nil, studentTQuantile: nil, fSurvival: nil)
}
