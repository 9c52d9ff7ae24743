import Foundation
import Testing
@testable import FiscalDisclosures

/// Inputs found by `fiscal-fuzz` that once crashed or hung a reader. Each file's first byte
/// names the fuzz target (2: .docx archive, 3: document XML); the rest is the input.
@Suite struct BadInputFuzzRegressionTests {
    @Test(arguments: [
        "xml-malformed-segfault.bin", "xml-invalid-utf8-trap.bin",
        "zip-truncated-deflate-hang-1.bin", "zip-truncated-deflate-hang-2.bin",
    ])
    func savedCrasherIsHandled(file: String) throws {
        let path = try ReadingFixtures.path("bad-input/fuzz", file)
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let target = try #require(data.first)
        let input = Array(data.dropFirst())
        switch target {
        case 2:
            // Damaged archives are refused with a reason, never a hang.
            #expect(throws: DocumentReadError.self) { try DocumentReader.read(bytes: input, name: file, format: .docx) }
        case 3:
            do {
                let text = try DocxReader.read(documentXML: Data(input), name: file, options: DocumentReadOptions())
                #expect(text.format == .docx)
            } catch {
                #expect(error.file == file)
            }
        default:
            Issue.record("unknown target \(target)")
        }
    }

    @Test func truncatedDeflateStreamIsReportedAsTruncated() throws {
        let path = try ReadingFixtures.path("bad-input/fuzz", "zip-truncated-deflate-hang-1.bin")
        let input = try Array([UInt8](Data(contentsOf: URL(fileURLWithPath: path))).dropFirst())
        do {
            _ = try DocumentReader.read(bytes: input, name: "t.docx", format: .docx)
        } catch {
            #expect(error.description.hasPrefix("t.docx: "))
            switch error.reason {
            case .truncatedArchive, .corruptContent: break
            default: Issue.record("unexpected \(error)")
            }
        }
    }
}
