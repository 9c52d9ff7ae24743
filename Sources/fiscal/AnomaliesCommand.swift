import ArgumentParser
import FiscalDisclosures
import FiscalReports
import Foundation

/// `fiscal anomalies FILES_OR_DIRS…`: the cross-document checks over a panel of disclosures.
struct AnomaliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomalies",
        abstract: "Find inconsistencies and outliers across documents and years (prior-year figures, execution rates, duplicates, jumps, peers, regression, Benford).",
        discussion: """
            Inputs are disclosures (.txt, .docx, .html), facts tables (.csv, as written by \
            `fiscal extract --format csv`), or folders holding them (searched recursively). \
            Findings are results, not failures: the exit status is 0 when findings exist, and 1 \
            only when no input could be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, markdown
    }

    @Argument(help: "Disclosures, facts tables or folders.")
    var inputs: [String]

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: Format = .table

    @Option(help: "A CSV with columns region,population for per-resident ratios and the regression.")
    var population: String?

    func run() throws {
        var documents: [DocumentExtraction] = []
        var problems: [String] = []
        let (disclosures, tables) = PanelInputs.expand(inputs, problems: &problems)
        for table in tables {
            do {
                documents += try FactsTable.read(contentsOfFile: table)
            } catch {
                problems.append("\(error)")
            }
        }
        let extracted = ExtractionBatch.extract(disclosures).documents
        problems += extracted.filter(\.isUnread).flatMap(\.diagnostics).map(\.description)
        documents += extracted.filter { !$0.isUnread }

        var options = AnomalyDetector.Options()
        for path in disclosures {
            if let digest = PanelInputs.digest(ofFile: path) { options.contentDigests[path] = digest }
        }
        if let population {
            options.populationByRegion = try PanelInputs.population(contentsOfFile: population)
        }
        let findings = AnomalyDetector(options: options).findings(in: documents)
        switch format {
        case .table: print(FindingRendering.table(findings), terminator: "")
        case .csv: print(FindingRendering.csv(findings), terminator: "")
        case .json: print(FindingRendering.json(findings), terminator: "")
        case .markdown: print(FindingRendering.markdown(findings), terminator: "")
        }
        FileHandle.standardError.write(Data(problems.map { "fiscal anomalies: \($0)\n" }.joined().utf8))
        if documents.isEmpty { throw ExitCode(1) }
    }
}

/// The files behind the command's inputs.
enum PanelInputs {
    static let disclosureExtensions: Set<String> = ["txt", "docx", "html", "htm"]

    /// Splits inputs into disclosures and facts tables, walking folders in sorted order.
    static func expand(_ inputs: [String], problems: inout [String]) -> (disclosures: [String], tables: [String]) {
        var disclosures: [String] = []
        var tables: [String] = []
        let manager = FileManager.default
        func add(_ path: String, explicit: Bool) {
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "csv" {
                // In folders only facts tables; other CSVs (ground truth, panels) are not inputs.
                if explicit || (path as NSString).lastPathComponent.lowercased().hasPrefix("facts") {
                    tables.append(path)
                }
            } else if disclosureExtensions.contains(ext) || explicit {
                disclosures.append(path)
            }
        }
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                problems.append("\(input): no such file or folder")
                continue
            }
            if isDirectory.boolValue {
                let children = (manager.enumerator(atPath: input)?.allObjects as? [String] ?? []).sorted()
                for child in children {
                    let path = (input as NSString).appendingPathComponent(child)
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                        add(path, explicit: false)
                    }
                }
            } else {
                add(input, explicit: true)
            }
        }
        return (disclosures, tables)
    }

    /// A 64-bit FNV-1a digest of a file's bytes (to tell exact copies from re-renderings).
    static func digest(ofFile path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Reads `region,population` rows.
    static func population(contentsOfFile path: String) throws -> [String: Double] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("\(path): cannot be read as UTF-8 text")
        }
        var result: [String: Double] = [:]
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 2, let value = Double(cells[1]), value > 0 else {
                throw ValidationError("\(path): row \(index): expected region,population with a positive number, got \"\(line)\"")
            }
            result[cells[0]] = value
        }
        return result
    }
}
