import Foundation
import FiscalFrame

/// A region of the gazetteer (`Datasets/regions.csv`): its province, level and population
/// with the population's source.
public struct GazetteerRegion: Sendable, Hashable {
    public var name: String
    public var code: String
    public var province: String
    public var prefecture: String
    /// `prefecture` or `county`.
    public var level: String
    public var populationYear: Int?
    /// Resident population, when the gazetteer has one.
    public var population: Int?
    public var populationSource: String
}

/// An error reading the gazetteer, naming the file, row and column.
public struct GazetteerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var row: Int?
    public var column: String?
    public var reason: String

    public var description: String {
        var location = file
        if let row { location += ": row \(row)" }
        if let column { location += ", column \(column)" }
        return "\(location): \(reason)"
    }
}

/// The region gazetteer: names to provinces and populations.
public struct RegionGazetteer: Sendable, Hashable {
    /// The file it was read from.
    public var file: String
    public var regions: [GazetteerRegion]
    private var byName: [String: Int]

    public init(file: String, regions: [GazetteerRegion]) {
        self.file = file
        self.regions = regions
        var byName: [String: Int] = [:]
        for (index, region) in regions.enumerated() where byName[region.name] == nil { byName[region.name] = index }
        self.byName = byName
    }

    /// The columns a gazetteer file must have.
    public static let requiredColumns = ["name", "code", "province", "prefecture", "level",
                                         "population_year", "population", "population_source"]

    /// Reads a gazetteer CSV (UTF-8 or GB18030, detected).
    ///
    /// - Throws: ``GazetteerError`` for a missing column or a population that is not a
    ///   whole number, naming the row; CSV syntax errors are reported with their position.
    public static func load(contentsOfFile path: String) throws -> RegionGazetteer {
        var options = CSVReadingOptions()
        options.infersTypes = false
        let frame: DataFrame
        do {
            frame = try DataFrame(contentsOfCSVFile: path, options: options)
        } catch {
            throw GazetteerError(file: path, reason: String(describing: error))
        }
        for column in requiredColumns where !frame.containsColumn(column) {
            throw GazetteerError(file: path, column: column, reason: "missing column (needs \(requiredColumns.joined(separator: ", ")))")
        }
        func text(_ column: String, _ row: Int) -> String {
            frame[column]?[row]?.description.trimmingCharacters(in: .whitespaces) ?? ""
        }
        var regions: [GazetteerRegion] = []
        for row in 0..<frame.rowCount {
            let populationText = text("population", row)
            let yearText = text("population_year", row)
            var population: Int?
            if !populationText.isEmpty {
                guard let value = Int(populationText), value > 0 else {
                    throw GazetteerError(file: path, row: row + 2, column: "population",
                                         reason: "'\(populationText)' is not a positive whole number")
                }
                population = value
            }
            var year: Int?
            if !yearText.isEmpty {
                guard let value = Int(yearText) else {
                    throw GazetteerError(file: path, row: row + 2, column: "population_year", reason: "'\(yearText)' is not a year")
                }
                year = value
            }
            regions.append(GazetteerRegion(
                name: text("name", row), code: text("code", row), province: text("province", row),
                prefecture: text("prefecture", row), level: text("level", row), populationYear: year,
                population: population, populationSource: text("population_source", row)))
        }
        return RegionGazetteer(file: path, regions: regions)
    }

    /// Finds `regions.csv` under the given paths (the paths themselves, then up to two folder
    /// levels down), for the default of `--gazetteer`.
    public static func locate(under paths: [String], relativeTo base: URL? = nil) -> String? {
        let fileManager = FileManager.default
        for path in paths {
            let absolute = path.hasPrefix("/") || base == nil ? path : base!.path + "/" + path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: absolute, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                if (absolute as NSString).lastPathComponent == "regions.csv" { return path }
                continue
            }
            let candidates = [path + "/regions.csv", path + "/Datasets/regions.csv"]
            for candidate in candidates {
                let real = candidate.hasPrefix("/") || base == nil ? candidate : base!.path + "/" + candidate
                if fileManager.fileExists(atPath: real) { return candidate }
            }
        }
        return nil
    }

    /// The region named `name`, trying common suffix-less spellings (廊坊 → 廊坊市).
    public func region(named name: String) -> GazetteerRegion? {
        if let index = byName[name] { return regions[index] }
        for suffix in ["市", "县", "区"] {
            if let index = byName[name + suffix] { return regions[index] }
        }
        return nil
    }
}
