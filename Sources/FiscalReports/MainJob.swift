import Foundation
import FiscalDisclosures

/// The main job as the command-line tool runs it: ingest (and report), written atomically.
public enum MainJob {
    /// Options shared by `fiscal ingest` and `fiscal report`.
    public struct Options: Sendable {
        public var paths: [String]
        public var output: URL
        public var threads: Int
        /// Draw the progress bar (nil: when standard error is a terminal).
        public var showsProgress: Bool?
        /// Milliseconds to sleep after each document (for interruption tests; 0 normally).
        public var delayPerDocument: Int
        public var extractor: DocumentExtractor
        public var crossDocumentChecks: [CrossDocumentCheck]
        /// How CSV files are written (plain UTF-8, or the Excel preset with BOM and CRLF).
        public var csv: CSVExport = .plain

        public init(paths: [String], output: URL, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                    showsProgress: Bool? = nil, delayPerDocument: Int = 0,
                    extractor: @escaping DocumentExtractor = DefaultExtractor.extractor,
                    crossDocumentChecks: [CrossDocumentCheck] = []) {
            self.paths = paths
            self.output = output
            self.threads = threads
            self.showsProgress = showsProgress
            self.delayPerDocument = delayPerDocument
            self.extractor = extractor
            self.crossDocumentChecks = crossDocumentChecks
        }
    }

    /// Runs the pipeline with a progress bar on standard error.
    public static func runPipeline(_ options: Options) -> IngestResult {
        let walk = InputWalker.walk(options.paths)
        let progress = ProgressBar(total: walk.files.count, isEnabled: options.showsProgress)
        var extractor = options.extractor
        if options.delayPerDocument > 0 {
            let base = extractor, delay = options.delayPerDocument
            extractor = { url in
                usleep(useconds_t(delay * 1000))
                return try base(url)
            }
        }
        let pipeline = IngestPipeline(extractor: extractor, crossDocumentChecks: options.crossDocumentChecks, threads: options.threads)
        let result = pipeline.process(walk, progress: progress)
        progress.finish()
        return result
    }

    /// The cross-document checks (``AnomalyDetector``), with the gazetteer's populations for
    /// its per-resident ratios and regression.
    public static func anomalyCheck(gazetteer: RegionGazetteer?) -> CrossDocumentCheck {
        var detectorOptions = AnomalyDetector.Options()
        for region in gazetteer?.regions ?? [] {
            if let population = region.population { detectorOptions.populationByRegion[region.name] = Double(population) }
        }
        let detector = AnomalyDetector(options: detectorOptions)
        return { documents, _ in detector.findings(in: documents) }
    }

    /// Loads the gazetteer at `path`, or the `regions.csv` found under the inputs when nil.
    ///
    /// - Throws: ``GazetteerError`` when the file given cannot be read.
    public static func loadGazetteer(_ path: String?, inputs: [String]) throws -> RegionGazetteer? {
        guard let chosen = path ?? RegionGazetteer.locate(under: inputs) else { return nil }
        return try RegionGazetteer.load(contentsOfFile: chosen)
    }

    /// `fiscal ingest`: writes facts.csv, panel.csv, findings.csv and ledger.csv into the
    /// output directory, replacing it as a whole.
    ///
    /// - Parameter gazetteer: The region gazetteer file (populations for the checks), or nil
    ///   to look for `regions.csv` under the inputs.
    /// - Throws: ``OutputError`` or ``GazetteerError``; the previous outputs are then intact.
    public static func ingest(_ options: Options, gazetteer: String? = nil) throws -> IngestResult {
        InterruptCleanup.shared.installSignalHandlers()
        let loaded = try loadGazetteer(gazetteer, inputs: options.paths)
        var options = options
        options.crossDocumentChecks.append(anomalyCheck(gazetteer: loaded))
        let directory = try OutputDirectory(destination: options.output)
        let result = runPipeline(options)
        do {
            try IngestTables.write(result, to: directory, csv: options.csv)
            try directory.commit()
        } catch {
            directory.discard()
            throw error
        }
        return result
    }

    /// `fiscal report`: the report with its charts and tables, replacing the output directory.
    ///
    /// - Parameter gazetteer: The region gazetteer file, or nil to look for `regions.csv` under the inputs.
    /// - Throws: ``OutputError`` or ``GazetteerError``.
    public static func report(_ options: Options, gazetteer: String?) throws -> (result: IngestResult, artifacts: ReportArtifacts) {
        InterruptCleanup.shared.installSignalHandlers()
        let loaded = try loadGazetteer(gazetteer, inputs: options.paths)
        var options = options
        options.crossDocumentChecks.append(anomalyCheck(gazetteer: loaded))
        let directory = try OutputDirectory(destination: options.output)
        let result = runPipeline(options)
        do {
            var context = ReportContext(ingest: result, gazetteer: loaded)
            context.inputs = options.paths
            let artifacts = try ReportBuilder.write(context, to: directory, csv: options.csv)
            try directory.commit()
            return (result, artifacts)
        } catch {
            directory.discard()
            throw error
        }
    }

    /// The summary line printed at the end, e.g.
    /// `1887 inputs: 1850 ingested, 12 duplicate, 3 failed, 22 skipped; 41230 facts, 96 panel rows, 130 findings in 1.2s → out`.
    public static func summary(_ result: IngestResult, seconds: Double, output: String) -> String {
        let facts = result.documents.reduce(0) { $0 + $1.facts.count }
        return "\(result.ledger.count) inputs: \(result.count(.ingested)) ingested, \(result.count(.duplicate)) duplicate, "
            + "\(result.count(.failed)) failed, \(result.count(.skipped)) skipped; \(facts) facts, \(result.panel.rows.count) panel rows, "
            + "\(result.findings.count) findings in \(DisplayNumber.fixed(seconds, decimals: 1))s → \(output)"
    }
}
