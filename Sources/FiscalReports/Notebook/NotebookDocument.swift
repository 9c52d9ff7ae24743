/// An executable Markdown notebook: ordinary Markdown whose fenced ```` ```fiscal ```` blocks
/// hold `fiscal …` command lines, each followed by its stored output between
/// `<!-- fiscal-output -->` and `<!-- /fiscal-output -->`.
///
/// A block opened with ```` ```fiscal ```` stores its commands' standard output as Markdown
/// (tables, image links); ```` ```fiscal text ```` stores it inside a ```` ```text ```` fence.
/// Lines starting with `#` inside a block are comments.
public struct NotebookDocument: Sendable, Hashable {
    /// A piece of the notebook.
    public enum Segment: Sendable, Hashable {
        /// Markdown kept as is (lines, each with its newline).
        case markdown(String)
        /// A command block and its stored output (nil when none is stored yet).
        case block(NotebookBlock)
    }

    public var segments: [Segment]

    public static let outputStart = "<!-- fiscal-output -->"
    public static let outputEnd = "<!-- /fiscal-output -->"

    /// The blocks in order.
    public var blocks: [NotebookBlock] {
        segments.compactMap { if case .block(let b) = $0 { b } else { nil } }
    }

    /// Parses notebook text.
    ///
    /// - Throws: ``NotebookError`` for a block that is never closed, or an output region
    ///   without its end marker, naming the line.
    public init(parsing text: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var segments: [Segment] = []
        var markdown = ""
        var index = 0
        func flush() {
            if !markdown.isEmpty { segments.append(.markdown(markdown)); markdown = "" }
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed == "```fiscal" || trimmed == "```fiscal text" else {
                markdown += line + (index == lines.count - 1 ? "" : "\n")
                index += 1
                continue
            }
            flush()
            let openLine = index + 1
            var commands: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                commands.append(lines[index])
                index += 1
            }
            guard index < lines.count else { throw NotebookError.unclosedBlock(line: openLine) }
            index += 1
            // A stored output region directly after the block (blank lines between allowed).
            var probe = index
            while probe < lines.count, lines[probe].trimmingCharacters(in: .whitespaces).isEmpty { probe += 1 }
            var output: String?
            if probe < lines.count, lines[probe].trimmingCharacters(in: .whitespaces) == Self.outputStart {
                var end = probe + 1
                while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != Self.outputEnd { end += 1 }
                guard end < lines.count else { throw NotebookError.unclosedOutput(line: probe + 1) }
                output = lines[(probe + 1)..<end].map { $0 + "\n" }.joined()
                index = end + 1
            }
            segments.append(.block(NotebookBlock(line: openLine, isText: trimmed.hasSuffix(" text"), lines: commands, storedOutput: output)))
        }
        flush()
        self.segments = segments
    }

    /// What is stored between the markers for `output`: blank lines around it, so Markdown
    /// tables and fences stand apart from the comment lines.
    public static func regionBody(_ output: String) -> String {
        output.isEmpty ? "" : "\n" + output + "\n"
    }

    /// The notebook text with each block's output replaced by `outputs[i]` (in block order).
    public func rendered(outputs: [String]) -> String {
        var text = ""
        var blockIndex = 0
        for segment in segments {
            switch segment {
            case .markdown(let m):
                text += m
            case .block(let block):
                text += "```fiscal" + (block.isText ? " text" : "") + "\n"
                for line in block.lines { text += line + "\n" }
                text += "```\n\n"
                text += Self.outputStart + "\n" + Self.regionBody(outputs[blockIndex]) + Self.outputEnd + "\n"
                blockIndex += 1
            }
        }
        return text
    }
}

/// One ```` ```fiscal ```` block.
public struct NotebookBlock: Sendable, Hashable {
    /// The 1-based line of the opening fence.
    public var line: Int
    /// Output goes inside a text fence.
    public var isText: Bool
    /// The block's lines as written.
    public var lines: [String]
    /// The output stored after the block, without its markers.
    public var storedOutput: String?

    /// The command lines (comments and blank lines dropped), each split into arguments.
    ///
    /// - Throws: ``NotebookError`` for a line that does not start with `fiscal` or has an
    ///   unclosed quote.
    public func commands() throws -> [(line: Int, arguments: [String])] {
        var result: [(Int, [String])] = []
        for (offset, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let lineNumber = line + 1 + offset
            let words = try ShellWords.split(text, line: lineNumber)
            guard words.first == "fiscal" else { throw NotebookError.notAFiscalCommand(line: lineNumber, text: text) }
            result.append((lineNumber, Array(words.dropFirst())))
        }
        return result
    }
}

import Foundation
