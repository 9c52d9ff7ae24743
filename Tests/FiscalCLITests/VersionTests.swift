import Testing
import Foundation

@Suite struct VersionTests {
    @Test func printsVersion() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func rejectsUnknownSubcommand() throws {
        let result = try CLIRunner.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-command"))
    }
}
