import Testing
@testable import FiscalDisclosures

@Suite struct DiagnosticTests {
    @Test func describesLocation() {
        let d = Diagnostic(severity: .error, file: "a.txt", line: 3, message: "bad bytes")
        #expect(d.description == "a.txt:3: error: bad bytes")
        let e = Diagnostic(severity: .warning, file: "b.docx", message: "truncated")
        #expect(e.description == "b.docx: warning: truncated")
    }

    @Test func findingDifferenceIsActualMinusExpected() {
        let f = Finding(check: "identity.sangong_total", severity: .high, message: "",
                        expected: 387_800, actual: 327_800)
        #expect(f.difference == -60_000)
    }
}
