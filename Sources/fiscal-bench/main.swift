// Benchmark workloads for Scripts/bench. Each workload prints one JSON object per line on
// stdout: {"workload": …, "seconds": …, …}.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let workload = arguments.first else {
    FileHandle.standardError.write(Data("usage: fiscal-bench WORKLOAD [ARGS…]\n".utf8))
    exit(2)
}
switch workload {
case "linalg":
    do { try LinearAlgebraBench.run(Array(arguments.dropFirst())) } catch {
        FileHandle.standardError.write(Data("fiscal-bench: \(error)\n".utf8))
        exit(1)
    }
case "regress":
    do { try RegressionBench.run(Array(arguments.dropFirst())) } catch {
case "frame-generate", "frame":
    do {
        if workload == "frame" { try FrameBench.run(Array(arguments.dropFirst())) }
        else { try FrameBench.generate(Array(arguments.dropFirst())) }
    } catch {
        FileHandle.standardError.write(Data("fiscal-bench: \(error)\n".utf8))
        exit(1)
    }
case "read":
    ReadBench.run(Array(arguments.dropFirst()))
case "m3":
    do { try ForecastBench.run(Array(arguments.dropFirst())) } catch {
        FileHandle.standardError.write(Data("fiscal-bench m3: \(error)\n".utf8))
        exit(1)
    }
case "exports":
    do { try ReportBench.run(Array(arguments.dropFirst())) } catch {
        FileHandle.standardError.write(Data("fiscal-bench exports: \(error)\n".utf8))
        exit(1)
    }
default:
    FileHandle.standardError.write(Data("fiscal-bench: unknown workload \(workload)\n".utf8))
    exit(2)
}
