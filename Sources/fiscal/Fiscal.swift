import ArgumentParser

@main
struct Fiscal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fiscal",
        abstract: "Read Chinese agency budget and final-accounts disclosures into a panel and analyze it.",
        version: "0.1.0",
        subcommands: [
            ReadCommand.self,
            ExtractCommand.self,
            CheckCommand.self,
        ]
    )
}
