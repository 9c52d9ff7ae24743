// Helpers shared by the benchmark workloads.

/// A failed or mistyped benchmark run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    /// A usage message naming the workload's arguments.
    static func usage(_ text: String) -> BenchError { BenchError("usage: fiscal-bench \(text)") }
}

/// A deterministic stream (splitmix64) so every run measures the same data.
struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
