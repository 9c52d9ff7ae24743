import ArgumentParser
import FiscalReports
import Foundation

/// `fiscal notebook run FILE.md [--check]`: executable Markdown notebooks.
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run executable Markdown notebooks.",
        subcommands: [Run.self]
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run the ```fiscal blocks of Markdown notebooks and store each block's output after it.",
            discussion: """
            Each line of a ```fiscal block is a 'fiscal …' command; it runs with the notebook's folder as working \
            directory. The standard output of a block's commands is stored right after the block between \
            <!-- fiscal-output --> and <!-- /fiscal-output -->, replacing what was there (```fiscal text stores it in a \
            text fence). Running twice changes nothing. With --check nothing is written and the exit code is 1 when a \
            stored output is stale.
            """
        )

        @Argument(help: "The notebooks (.md).")
        var files: [String]

        @Flag(help: "Only check that the stored outputs are current; exit 1 if any is stale.")
        var check = false

        func run() throws {
            let runner = NotebookRunner.spawning(NotebookRunner.currentExecutable)
            var failures = 0
            for file in files {
                do {
                    let outcome = try runner.run(file: file, check: check)
                    let verb = check ? "up to date" : (outcome.staleBlocks.isEmpty ? "unchanged" : "updated \(outcome.staleBlocks.count) blocks")
                    FileHandle.standardError.write(Data("\(file): \(verb)\n".utf8))
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("fiscal notebook: \(file): \(error)\n".utf8))
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
