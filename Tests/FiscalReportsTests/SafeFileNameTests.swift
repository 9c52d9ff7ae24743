import Testing
@testable import FiscalReports

@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("中共廊坊市委信访局", "中共廊坊市委信访局"),
        ("../../etc/passwd", "etc_passwd"),
        ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"),
        ("三门县公安局(汇总)", "三门县公安局(汇总)"),
        ("\u{0}\u{7}bell\nline\u{202E}rtl", "bell_line_rtl"),
        ("...", "unnamed"),
        ("-rf", "rf"),
        ("", "unnamed"),
    ])
    func sanitizes(_ input: String, _ expected: String) {
        #expect(SafeFileName.sanitizedStem(input) == expected)
    }

    @Test func boundsLengthInUTF8Bytes() {
        var names = SafeFileName()
        let name = names.unique(String(repeating: "信访局", count: 100), fileExtension: "svg")
        #expect(name.utf8.count <= SafeFileName.maximumUTF8Length)
        #expect(name.hasSuffix(".svg"))
        #expect(name.hasPrefix("信访局"))
    }

    @Test func makesCollisionsUnique() {
        var names = SafeFileName()
        #expect(names.unique("a/b", fileExtension: "csv") == "a_b.csv")
        #expect(names.unique("a:b", fileExtension: "csv") == "a_b-2.csv")
        #expect(names.unique("A_B", fileExtension: "csv") == "A_B-3.csv")
        #expect(names.unique("a_b", fileExtension: "svg") == "a_b.svg")
    }
}
