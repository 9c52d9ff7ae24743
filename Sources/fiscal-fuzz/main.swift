// A seeded, deterministic mutation fuzzer over the disclosure readers, the normalizer and the
// extractor.
//
//   fiscal-fuzz [--iterations N] [--seed S] [--out DIR] [--slow SECONDS] SEED_FILE…
//   fiscal-fuzz --replay FILE        re-run one saved input (first byte: the target)
//
// Every input runs under a 10-second alarm; a crash or hang writes the input to
// DIR/crash-SEED.bin (from the signal handler), inputs slower than one second go to
// DIR/slow-ITERATION.bin (threshold --slow, default 1). The summary is printed as Markdown on stdout; the exit code is 1 if
// any input was slower than one second.
import FiscalDisclosures
import Foundation

#if canImport(Glibc)
import Glibc
#endif

var iterations = 1_000_000
var seed: UInt64 = 20_170_101
var outDirectory = ".fuzz"
var seedFiles: [String] = []
var replay: String?
var slowThreshold = 1.0
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--iterations": iterations = Int(arguments.first ?? "") ?? iterations; arguments = Array(arguments.dropFirst())
    case "--seed": seed = UInt64(arguments.first ?? "") ?? seed; arguments = Array(arguments.dropFirst())
    case "--out": outDirectory = arguments.first ?? outDirectory; arguments = Array(arguments.dropFirst())
    case "--slow": slowThreshold = Double(arguments.first ?? "") ?? slowThreshold; arguments = Array(arguments.dropFirst())
    case "--replay": replay = arguments.first; arguments = Array(arguments.dropFirst())
    default: seedFiles.append(argument)
    }
}

if let replay {
    guard let data = FileManager.default.contents(atPath: replay), let target = data.first.flatMap({ FuzzTarget(rawValue: $0) })
    else {
        FileHandle.standardError.write(Data("fiscal-fuzz: cannot replay \(replay)\n".utf8))
        exit(2)
    }
    let start = monotonicSeconds()
    let outcome = target.run(Array(data.dropFirst()))
    print("replayed \(replay) on \(target): \(outcome) in \(String(format: "%.3f", monotonicSeconds() - start)) s")
    exit(0)
}

let corpus = FuzzCorpus(files: seedFiles)
guard !corpus.isEmpty else {
    FileHandle.standardError.write(Data("fiscal-fuzz: no seed files\n".utf8))
    exit(2)
}
try? FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
CrashCapture.install(path: "\(outDirectory)/crash-\(seed).bin")

var mutator = Mutator(random: SplitMix64(seed: seed))
var counts = [FuzzTarget: Int]()
var thrown = [FuzzTarget: Int]()
var slowest = (seconds: 0.0, iteration: -1, target: FuzzTarget.text, length: 0)
var slowInputs = 0
var totalBytes = 0
let runStart = monotonicSeconds()
for iteration in 0..<iterations {
    let target = FuzzTarget.allCases[iteration % FuzzTarget.allCases.count]
    let seeds = corpus.seeds(for: target)
    let base = seeds[mutator.random.below(seeds.count)]
    let other = seeds[mutator.random.below(seeds.count)]
    let input = mutator.mutate(base, other: other, maximumLength: target.maximumLength)
    totalBytes += input.count
    CrashCapture.arm(target: target.rawValue, input: input)
    let start = monotonicSeconds()
    let outcome = target.run(input)
    let seconds = monotonicSeconds() - start
    CrashCapture.disarm()
    counts[target, default: 0] += 1
    if outcome == .threw { thrown[target, default: 0] += 1 }
    if seconds > slowest.seconds { slowest = (seconds, iteration, target, input.count) }
    if seconds > slowThreshold {
        slowInputs += 1
        _ = FileManager.default.createFile(atPath: "\(outDirectory)/slow-\(iteration).bin", contents: Data([target.rawValue] + input))
    }
}
let elapsed = monotonicSeconds() - runStart
CrashCapture.remove()

print("## Fuzzing (fiscal-fuzz)\n")
print("Seed \(seed), \(iterations) inputs (\(totalBytes / 1_000_000) MB) from \(corpus.count) seed files in "
    + String(format: "%.1f", elapsed) + " s; no crash, no hang.\n")
print("| target | inputs | rejected with an error |")
print("|---|---:|---:|")
for target in FuzzTarget.allCases {
    print("| \(target) | \(counts[target, default: 0]) | \(thrown[target, default: 0]) |")
}
print("\nSlowest input: " + String(format: "%.1f", slowest.seconds * 1000) + " ms (iteration \(slowest.iteration), "
    + "\(slowest.target), \(slowest.length) bytes); inputs over " + String(format: "%g", slowThreshold) + " s: \(slowInputs).")
exit(slowInputs == 0 ? 0 : 1)
