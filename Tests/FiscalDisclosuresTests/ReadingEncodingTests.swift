import Foundation
import Testing
@testable import FiscalDisclosures

@Suite struct ReadingEncodingTests {
    static let expectedThirdLine = "2017年预算收入2941.59万元,其中:一般公共预算收入2941.59万元。"

    @Test(arguments: [
        ("gb18030.txt", "gb18030"), ("utf8-bom.txt", "utf-8-bom"), ("utf16le-nobom.txt", "utf-16le"),
        ("utf16be-nobom.txt", "utf-16be"), ("utf16le-bom.txt", "utf-16le"), ("crlf.txt", "utf-8"),
    ])
    func detectsEncodingAndDecodes(file: String, encoding: String) throws {
        let text = try ReadingFixtures.read("reading", file)
        #expect(text.encoding == encoding)
        #expect(text.sourceLines.count == 4)
        #expect(text.sourceLines[0] == "中共某某县信访局")
        #expect(ReadingFixtures.paragraphs(text)[2] == Self.expectedThirdLine)
        #expect(text.diagnostics.isEmpty)
    }

    @Test func bomIsStrippedFromTheFirstLine() throws {
        let text = try ReadingFixtures.read("reading", "utf8-bom.txt")
        #expect(text.sourceLines[0].unicodeScalars.first != "\u{FEFF}")
    }

    @Test func gb18030DecodesFourByteSequences() throws {
        // U+20000 (𠀀) is a four-byte sequence in GB18030.
        let bytes: [UInt8] = [0x95, 0x32, 0x82, 0x36, 0xC4, 0xEA]
        let decoded = try TextDecoding.decode(bytes, file: "x.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "\u{20000}年")
    }

    @Test func explicitEncodingOverridesDetection() throws {
        let bytes = Array("预算".utf8)
        let forced = try TextDecoding.decode(bytes, file: "x.txt", encoding: .utf8)
        #expect(forced.encoding == .utf8)
        #expect(TextEncoding(label: "GB2312") == .gb18030)
        #expect(TextEncoding(label: " gbk ") == .gb18030)
        #expect(TextEncoding(label: "latin1") == nil)
    }

    @Test func damagedUTF8IsRepairedWithAWarningNamingTheLine() throws {
        var bytes = Array(String(repeating: "预算收入二千九百万元。\n", count: 10).utf8)
        bytes[2 * 34 + 1] = 0xFF  // inside the first character of line 3 (34 bytes a line)
        let decoded = try TextDecoding.decode(bytes, file: "damaged.txt")
        #expect(decoded.encoding == .utf8)
        let warning = try #require(decoded.diagnostics.first)
        #expect(warning.line == 3)
        #expect(warning.message.contains("invalid UTF-8"))
        #expect(String(decoding: decoded.utf8, as: UTF8.self).contains("\u{FFFD}"))
    }

    @Test func oddLengthUTF16IsAnError() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x31, 0x00, 0x32]
        #expect(throws: DocumentReadError.self) { try TextDecoding.decode(bytes, file: "odd.txt") }
    }

    @Test func unpairedSurrogateIsAnError() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x31, 0x00, 0x00, 0xD8, 0x31, 0x00]
        do {
            _ = try TextDecoding.decode(bytes, file: "s.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .undecodableBytes(encoding: "UTF-16LE", offset: 4))
        }
    }

    @Test func linesSplitOnEveryConvention() {
        let lines = PlainTextReader.splitLines(Array("a\r\nb\rc\nd\n".utf8))
        #expect(lines == ["a", "b", "c", "d"])
        #expect(PlainTextReader.splitLines(Array("a\n\nb".utf8)) == ["a", "", "b"])
    }
}
