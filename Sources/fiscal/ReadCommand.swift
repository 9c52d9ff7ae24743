import ArgumentParser
import FiscalDisclosures
import Foundation

/// `fiscal read FILE…`: shows how disclosures are read — encoding, paragraphs and tables with
/// their source lines, and diagnostics.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show the paragraphs and tables read from disclosures (.txt, .docx, .html).",
        discussion: "Each block is printed with its 1-based source line. A file that cannot be read is reported and the others are still read; the exit code is 1 if any file failed."
    )

    @Argument(help: "The files to read.")
    var files: [String]

    @Option(help: "The encoding of text files (utf-8, gb18030, utf-16le, utf-16be); detected if omitted.")
    var encoding: String?

    @Option(help: "The largest file read, in MiB.")
    var maxSize: Int = 64

    @Flag(help: "Print only the summary line of each file.")
    var summary = false

    func run() throws {
        var options = DocumentReadOptions(maximumFileSize: maxSize << 20)
        if let encoding {
            guard let chosen = TextEncoding(label: encoding) else {
                throw ValidationError("unknown encoding '\(encoding)'; use utf-8, gb18030, utf-16le or utf-16be")
            }
            options.encoding = chosen
        }
        var failed = 0
        for file in files {
            do {
                let text = try DocumentReader.read(fileAt: file, options: options)
                print(DocumentTextDump.render(text, summaryOnly: summary), terminator: "")
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("fiscal read: \(error.description)\n".utf8))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
