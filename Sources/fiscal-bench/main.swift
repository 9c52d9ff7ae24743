// Benchmark workloads for Scripts/bench. Each workload prints one JSON object per line on
// stdout: {"workload": …, "seconds": …, …}.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let workload = arguments.first else {
    FileHandle.standardError.write(Data("usage: fiscal-bench WORKLOAD [ARGS…]\n".utf8))
    exit(2)
}
switch workload {
case "read":
    ReadBench.run(Array(arguments.dropFirst()))
case "extract":
    ExtractionBench.run(Array(arguments.dropFirst()))
default:
    FileHandle.standardError.write(Data("fiscal-bench: unknown workload \(workload)\n".utf8))
    exit(2)
}
