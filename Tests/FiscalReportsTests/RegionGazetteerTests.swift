import Foundation
import Testing
@testable import FiscalReports

@Suite struct RegionGazetteerTests {
    @Test func loadsPopulationsAndSources() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write(ReportCorpus.gazetteer, to: "regions.csv")
        let gazetteer = try RegionGazetteer.load(contentsOfFile: temp.url.path + "/regions.csv")
        #expect(gazetteer.regions.count == 6)
        let langfang = try #require(gazetteer.region(named: "廊坊"))
        #expect(langfang.name == "廊坊市" && langfang.code == "131000" && langfang.province == "河北省")
        #expect(langfang.population == 5_464_087 && langfang.populationYear == 2020)
        #expect(langfang.populationSource.contains("普查"))
        #expect(gazetteer.region(named: "溧阳市")?.population == nil)
        #expect(gazetteer.region(named: "不存在市") == nil)
    }

    @Test func badPopulationNamesRowAndColumn() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("name,code,province,prefecture,level,population_year,population,population_source\n甲市,1,乙省,甲市,prefecture,2020,many,x\n", to: "regions.csv")
        let error = try #require(throws: GazetteerError.self) { try RegionGazetteer.load(contentsOfFile: temp.url.path + "/regions.csv") }
        #expect(error.row == 2 && error.column == "population")
        #expect(error.description.contains("regions.csv: row 2, column population: 'many'"))
    }

    @Test func missingColumnAndMissingFileAreErrors() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("name,code\n甲市,1\n", to: "regions.csv")
        let missingColumn = try #require(throws: GazetteerError.self) { try RegionGazetteer.load(contentsOfFile: temp.url.path + "/regions.csv") }
        #expect(missingColumn.column == "province")
        #expect(throws: GazetteerError.self) { try RegionGazetteer.load(contentsOfFile: temp.url.path + "/nowhere.csv") }
    }

    @Test func locatesRegionsCSVUnderTheInputs() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write("x", to: "Datasets/regions.csv")
        try temp.write("x", to: "Datasets/docs/a.txt")
        #expect(RegionGazetteer.locate(under: ["Datasets"], relativeTo: temp.url) == "Datasets/regions.csv")
        #expect(RegionGazetteer.locate(under: ["."], relativeTo: temp.url) == "./Datasets/regions.csv")
        #expect(RegionGazetteer.locate(under: ["Datasets/docs"], relativeTo: temp.url) == nil)
    }
}
