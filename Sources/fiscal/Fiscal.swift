import ArgumentParser

@main
struct Fiscal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fiscal",
        abstract: "Read Chinese agency budget and final-accounts disclosures into a panel and analyze it.",
        version: "0.1.0",
        subcommands: [
            ReadCommand.self,
            TableCommand.self,
            RegressCommand.self,
            ExtractCommand.self,
            CheckCommand.self,
            AnomaliesCommand.self,
            TrendCommand.self,
            ForecastCommand.self,
            IngestCommand.self,
            ReportCommand.self,
            NotebookCommand.self,
        ]
    )
}
