import Foundation
import Testing
@testable import FiscalFrame

@Suite struct EncodingTests {
    static let text = "单位,金额\n中共廊坊市委信访局,2941.59\n溧阳市信访局,０.５\n"

    func check(_ result: CSVReadResult) throws {
        #expect(result.frame.columnNames == ["单位", "金额"])
        #expect(Array(try result.frame.column(ColumnID("单位", String.self))) == ["中共廊坊市委信访局", "溧阳市信访局"])
        #expect(Array(try result.frame.column(ColumnID("金额", Double.self))) == [2941.59, 0.5])
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try CSVReader.read(data: Array(Self.text.utf8))
        try check(plain)
        #expect(plain.encoding == .utf8 && !plain.hadByteOrderMark)
        let bom = try CSVReader.read(data: [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
        try check(bom)
        #expect(bom.encoding == .utf8 && bom.hadByteOrderMark)
        var options = CSVReadingOptions()
        options.encoding = .utf8
        try check(try CSVReader.read(data: [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8), options: options))
    }

    @Test func gb18030FileIsDetected() throws {
        // The fixture is `text` converted with `iconv -f UTF-8 -t GB18030`.
        let result = try CSVReader.read(contentsOfFile: try Fixture.path("gb18030.csv"))
        try check(result)
        #expect(result.encoding == .gb18030)
        var options = CSVReadingOptions()
        options.encoding = TextEncoding(spelling: "GBK") ?? .auto
        try check(try CSVReader.read(contentsOfFile: try Fixture.path("gb18030.csv"), options: options))
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in Self.text.utf16 {
            let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        let result = try CSVReader.read(data: bytes)
        try check(result)
        #expect(result.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(result.hadByteOrderMark)
    }

    @Test func invalidBytesAreAnErrorNotLatin1() throws {
        // 0xFF never occurs in UTF-8 or GB18030.
        let bytes = Array("a\n".utf8) + [0x41, 0xFF, 0x42, 0x0A]
        let error = try #require(throws: CSVReadingError.self) { try CSVReader.read(data: bytes) }
        guard case .undecodable(let detail) = error.kind else { Issue.record("wrong kind \(error)"); return }
        #expect(detail.byteOffset == 3)
        var options = CSVReadingOptions()
        options.encoding = .utf8
        let strict = try #require(throws: CSVReadingError.self) { try CSVReader.read(data: bytes, options: options) }
        #expect(strict.kind == .undecodable(TextDecodingError(encoding: .utf8, byteOffset: 3, reason: "invalid UTF-8 sequence")))
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0x61, 0xE4, 0xB8], 1),
    ] as [([UInt8], Int)])
    func validatorRejectsOverlongsSurrogatesAndTruncation(bytes: [UInt8], offset: Int) {
        #expect(bytes.withUnsafeBytes { UTF8Validator.firstInvalidOffset($0) } == offset)
    }

    @Test func validatorAcceptsLongMixedText() {
        let text = String(repeating: "abcdefgh中文𝄞", count: 200)
        #expect(Array(text.utf8).withUnsafeBytes { UTF8Validator.firstInvalidOffset($0) } == nil)
    }

    @Test func parallelValidationFindsTheFirstError() {
        var bytes = Array(String(repeating: "中文ab", count: 700_000).utf8)  // 5.6 MB, split across threads
        func check() -> Int? { bytes.withUnsafeBytes { UTF8Validator.firstInvalidOffset($0) } }
        #expect(check() == nil)
        bytes[bytes.count - 2] = 0xFF
        #expect(check() == bytes.count - 2)
        let middle = bytes.count / 2
        bytes[middle] = 0xC0
        let offset = check()
        #expect(offset != nil && offset! <= middle && offset! > middle - 4)
    }

    @Test func gb18030WithAPipeDelimiterIsDetected() throws {
        // GB18030 trail bytes include 0x7C ('|'); detection must still find the encoding.
        let text = "名称|金额\n测试|1\n亅皘|2\n"  // 亅 = 81 7C, 皘 = B0 7C
        let bytes = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        var options = CSVReadingOptions()
        options.delimiter = "|"
        let result = try CSVReader.read(data: Array(bytes), options: options)
        #expect(result.encoding == .gb18030)
        #expect(Array(try result.frame.column(ColumnID("名称", String.self))) == ["测试", "亅皘"])
    }

    @Test func oddUTF16IsAnError() {
        #expect(throws: CSVReadingError.self) { try CSVReader.read(data: [0xFF, 0xFE, 0x41]) }
    }
}
