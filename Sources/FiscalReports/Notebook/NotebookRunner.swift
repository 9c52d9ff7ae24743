import Foundation

/// Runs a notebook's blocks and writes (or checks) their outputs.
///
/// Each command line runs the `fiscal` executable (by default the running one) as a child
/// process with the notebook's folder as working directory, so paths in a notebook are
/// relative to it and charts written by `--out` land next to it. A block's output is the
/// standard output of its commands, in order; standard error is shown only when a command
/// fails, which stops the run.
public struct NotebookRunner: Sendable {
    /// Runs one command: arguments (without `fiscal`) and working directory → status, stdout, stderr.
    public typealias Launcher = @Sendable ([String], URL) throws -> (status: Int32, stdout: String, stderr: String)

    public var launcher: Launcher

    public init(launcher: @escaping Launcher) {
        self.launcher = launcher
    }

    /// A runner that spawns `executable`.
    public static func spawning(_ executable: URL) -> NotebookRunner {
        NotebookRunner { arguments, directory in
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = directory
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            do { try process.run() } catch { throw NotebookError.cannotLaunch("\(executable.path): \(error.localizedDescription)") }
            nonisolated(unsafe) var errData = Data()
            let group = DispatchGroup()
            group.enter()
            DispatchQueue.global().async {
                errData = err.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
        }
    }

    /// The path of the running executable (`/proc/self/exe` on Linux).
    public static var currentExecutable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// The outcome of running a notebook.
    public struct Outcome: Sendable {
        /// The notebook text with fresh outputs.
        public var text: String
        /// Lines of blocks whose stored output differed from the fresh one.
        public var staleBlocks: [Int]
    }

    /// Runs every block of `text`.
    ///
    /// - Parameters:
    ///   - text: The notebook.
    ///   - directory: The working directory for its commands.
    /// - Throws: ``NotebookError`` for a malformed notebook or a failing command.
    public func run(_ text: String, in directory: URL) throws -> Outcome {
        let document = try NotebookDocument(parsing: text)
        var outputs: [String] = []
        var stale: [Int] = []
        for block in document.blocks {
            var output = ""
            for command in try block.commands() {
                let result = try launcher(command.arguments, directory)
                guard result.status == 0 else {
                    throw NotebookError.commandFailed(line: command.line, command: (["fiscal"] + command.arguments).joined(separator: " "),
                                                      status: result.status, stderr: result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                output += result.stdout
            }
            while output.hasSuffix("\n") { output.removeLast() }
            if !output.isEmpty { output += "\n" }
            if block.isText { output = "```text\n" + output + "```\n" }
            if block.storedOutput != NotebookDocument.regionBody(output) { stale.append(block.line) }
            outputs.append(output)
        }
        return Outcome(text: document.rendered(outputs: outputs), staleBlocks: stale)
    }

    /// Runs the notebook file and writes it back atomically (unless `check`).
    ///
    /// - Parameters:
    ///   - path: The notebook file.
    ///   - check: Do not write; throw ``NotebookError/stale(file:blockLine:)`` when a stored
    ///     output differs from a fresh run.
    /// - Returns: The outcome.
    /// - Throws: ``NotebookError``, ``OutputError``, or a read error naming the file.
    @discardableResult
    public func run(file path: String, check: Bool) throws -> Outcome {
        let url = URL(fileURLWithPath: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let outcome = try run(text, in: url.deletingLastPathComponent())
        if check {
            if let first = outcome.staleBlocks.first { throw NotebookError.stale(file: path, blockLine: first) }
            if outcome.text != text { throw NotebookError.stale(file: path, blockLine: 0) }
        } else if outcome.text != text {
            try AtomicFile.write(Data(outcome.text.utf8), to: url)
        }
        return outcome
    }
}
