// Benchmark workloads for Scripts/bench. Each workload prints one JSON object per line on
// stdout: {"workload": …, "seconds": …, …}.
import Foundation

/// Workload name → entry point taking the remaining arguments.
let workloads: [String: ([String]) throws -> Void] = [
    "linalg": LinearAlgebraBench.run,
    "regress": RegressionBench.run,
    "frame": FrameBench.run,
    "frame-generate": FrameBench.generate,
    "read": { ReadBench.run($0) },
    "extract": { ExtractionBench.run($0) },
    "m3": ForecastBench.run,
    "exports": ReportBench.run,
    "dist": DistributionBench.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let workload = workloads[name] else {
    let known = workloads.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: fiscal-bench WORKLOAD [ARGS…]; workloads: \(known)\n".utf8))
    exit(2)
}
do {
    try workload(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("fiscal-bench \(name): \(error)\n".utf8))
    exit(1)
}
