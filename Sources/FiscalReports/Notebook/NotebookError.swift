/// Why a notebook could not be run.
public enum NotebookError: Error, Sendable, Hashable, CustomStringConvertible {
    case unclosedBlock(line: Int)
    case unclosedOutput(line: Int)
    case notAFiscalCommand(line: Int, text: String)
    case unclosedQuote(line: Int)
    case commandFailed(line: Int, command: String, status: Int32, stderr: String)
    case stale(file: String, blockLine: Int)
    case cannotLaunch(String)

    public var description: String {
        switch self {
        case .unclosedBlock(let line): "line \(line): ```fiscal block is never closed"
        case .unclosedOutput(let line): "line \(line): \(NotebookDocument.outputStart) without \(NotebookDocument.outputEnd)"
        case .notAFiscalCommand(let line, let text): "line \(line): '\(text)' is not a fiscal command (lines must start with 'fiscal')"
        case .unclosedQuote(let line): "line \(line): unclosed quote"
        case .commandFailed(let line, let command, let status, let stderr):
            "line \(line): '\(command)' exited with status \(status)" + (stderr.isEmpty ? "" : ": \(stderr)")
        case .stale(let file, let line): "\(file): the stored output of the block at line \(line) is stale; run 'fiscal notebook run \(file)'"
        case .cannotLaunch(let reason): "cannot run the fiscal executable: \(reason)"
        }
    }
}

/// Splits a command line into words: whitespace separates, `"…"` and `'…'` quote, `\` escapes
/// the next character outside single quotes. No variables, globs or pipes.
enum ShellWords {
    static func split(_ text: String, line: Int) throws(NotebookError) -> [String] {
        var words: [String] = []
        var current = ""
        var hasWord = false
        var quote: Character?
        var escaping = false
        for c in text {
            if escaping { current.append(c); escaping = false; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escaping = true } else { current.append(c) }
                continue
            }
            switch c {
            case "\"", "'": quote = c; hasWord = true
            case "\\": escaping = true; hasWord = true
            case " ", "\t":
                if hasWord { words.append(current); current = ""; hasWord = false }
            default: current.append(c); hasWord = true
            }
        }
        if quote != nil || escaping { throw .unclosedQuote(line: line) }
        if hasWord { words.append(current) }
        return words
    }
}
