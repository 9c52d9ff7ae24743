import Foundation
@testable import FiscalReports

/// A small corpus for report tests: Liyang's 2014 final with its reception counts, a few
/// years of three agencies in two cities with staff, and a gazetteer.
enum ReportCorpus {
    static let gazetteer = """
    name,code,province,prefecture,level,population_year,population,population_source
    廊坊市,131000,河北省,廊坊市,prefecture,2020,5464087,第七次全国人口普查 (test copy)
    常州市,320400,江苏省,常州市,prefecture,2020,5278121,2020 census (test copy)
    溧阳市,320481,江苏省,常州市,county,,,not available
    保定市,130600,河北省,保定市,prefecture,2020,11544036,2020 census (test copy)
    淮安市,320800,江苏省,淮安市,prefecture,2020,4556230,2020 census (test copy)
    芜湖市,340200,安徽省,芜湖市,prefecture,2020,3644420,2020 census (test copy)

    """

    static func document(agency: String, region: String, year: Int, kind: String, sangong: Int, staff: Int?, extra: String = "") -> String {
        var text = "agency \(agency)\nregion \(region)\nyear \(year)\nkind \(kind)\nfact sangong_total \(sangong) 元\n"
        if let staff { text += "count staff_actual \(staff) 人\n" }
        return text + extra
    }

    /// Writes the corpus into `temp/corpus` and returns the relative input path.
    static func write(into temp: TemporaryDirectory) throws -> String {
        try temp.write(gazetteer, to: "corpus/regions.csv")
        try temp.write("""
        agency 溧阳市信访局
        region 溧阳市
        year 2014
        kind final
        fact sangong_total 45000 元
        fact sangong_reception 35400 元
        count reception_persons 466 人次
        count reception_batches 57 批次
        count staff_actual 9 人
        fact sangong_vehicle_operation 0 元
        count vehicles_count 0 辆

        """, to: "corpus/liyang/2014-final.txt")
        let cities = [("廊坊市", "廊坊市信访局", 300_000, 40), ("常州市", "常州市信访局", 150_000, 30),
                      ("保定市", "保定市信访局", 520_000, 70), ("淮安市", "淮安市信访局", 95_000, 25),
                      ("芜湖市", "芜湖市信访局", 610_000, 28)]
        for (index, city) in cities.enumerated() {
            for year in 2015...2019 {
                let value = city.2 - (year - 2015) * (5_000 + 1_000 * index)
                try temp.write(document(agency: city.1, region: city.0, year: year, kind: "final", sangong: value, staff: city.3),
                               to: "corpus/\(city.0)/\(year)-final.txt")
            }
        }
        try temp.write(document(agency: "廊坊市信访局", region: "廊坊市", year: 2019, kind: "budget", sangong: 280_000, staff: 40,
                                extra: "fact sangong_total 290000 元 origin=derived year=2018\n"),
                       to: "corpus/廊坊市/2019-budget.txt")
        try temp.write("fail damaged file", to: "corpus/broken.docx")
        try temp.write("notes", to: "corpus/README.md")
        return "corpus"
    }

    static func context(_ temp: TemporaryDirectory, threads: Int = 2) throws -> ReportContext {
        let input = try write(into: temp)
        let result = IngestPipeline(extractor: FakeExtractor.extractor, threads: threads).run([input], relativeTo: temp.url)
        let gazetteer = try RegionGazetteer.load(contentsOfFile: temp.url.path + "/corpus/regions.csv")
        var context = ReportContext(ingest: result, gazetteer: RegionGazetteer(file: "corpus/regions.csv", regions: gazetteer.regions))
        context.chartLimit = 2
        context.inputs = [input]
        return context
    }
}
