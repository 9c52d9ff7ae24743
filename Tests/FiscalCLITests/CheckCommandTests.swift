import Foundation
import Testing

/// `fiscal check` run as a program: findings ranked, every format, exit status 0 with findings.
@Suite struct CheckCommandTests {
    static var fixtures: URL {
        get throws { try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures") }
    }

    static let seeds = ["langfang-petitions-bureau-2017-budget.txt", "liyang-petitions-bureau-2014-final.txt"]

    @Test func tableNamesTheSangongFinding() throws {
        let result = try CLIRunner.run(["check"] + Self.seeds, in: Self.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[high] identity.sangong_total  langfang-petitions-bureau-2017-budget.txt (2017)"))
        #expect(result.stdout.contains("387,800"))
        #expect(result.stdout.contains("langfang-petitions-bureau-2017-budget.txt:29:"))
        #expect(result.stdout.hasSuffix("1 finding\n"))
    }

    @Test(arguments: ["csv", "json", "markdown"])
    func formats(_ format: String) throws {
        let result = try CLIRunner.run(["check", "--format", format] + Self.seeds, in: Self.fixtures)
        #expect(result.status == 0)
        switch format {
        case "csv":
            #expect(result.stdout.hasPrefix("severity,check,source,agency,year,expected,actual,difference,message,evidence\r\n"))
            #expect(result.stdout.contains("high,identity.sangong_total,langfang-petitions-bureau-2017-budget.txt,中共廊坊市委信访局,2017,\"387,800\",\"327,800\",\"-60,000\","))
        case "json":
            let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            let findings = try #require(parsed)
            #expect(findings.count == 1)
            #expect(findings[0]["expected"] as? Double == 387_800)
            #expect(findings[0]["difference"] as? Double == -60_000)
        default:
            #expect(result.stdout.hasPrefix("| severity | check |"))
            #expect(result.stdout.contains("| high | `identity.sangong_total` |"))
        }
    }

    @Test func noFindingsStillExitsZero() throws {
        let result = try CLIRunner.run(["check", "--format", "markdown", "liyang-petitions-bureau-2014-final.txt"], in: Self.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout.contains("No findings."))
    }
}
