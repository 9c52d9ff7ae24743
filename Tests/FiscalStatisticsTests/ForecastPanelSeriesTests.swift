import FiscalFrame
import Testing
@testable import FiscalStatistics

@Suite struct ForecastPanelSeriesTests {
    static let wide = """
        agency,year,total
        A,2018,10
        A,2019,11
        B,2018,5
        A,2020,12
        B,2019,
        B,2020,7
        B,2021,8
        """

    @Test func groupsInFirstSeenOrderAndKeepsTheRunAfterAGap() throws {
        let frame = try CSVReader.read(text: Self.wide).frame
        let series = try PanelSeries.extract(from: frame, metric: "total", by: ["agency"])
        #expect(series.map(\.key) == [["A"], ["B"]])
        #expect(series[0].series.values == [10, 11, 12])
        #expect(series[1].series.startYear == 2020)
        #expect(series[1].series.values == [7, 8])
        #expect(series[1].notes == ["years 2018–2018 dropped: 2019 is missing"])
    }

    @Test func readsTheLongForm() throws {
        let frame = try CSVReader.read(text: "agency,year,metric,value\nA,2018,x,1\nA,2018,y,9\nA,2019,x,2\n").frame
        let series = try PanelSeries.extract(from: frame, metric: "x", by: ["agency"])
        #expect(series.count == 1)
        #expect(series[0].series.values == [1, 2])
        #expect(throws: PanelSeriesError.noData(metric: "z")) { try PanelSeries.extract(from: frame, metric: "z") }
    }

    @Test func duplicatesAreAnErrorNamingRowsOrAreSummed() throws {
        let frame = try CSVReader.read(text: "region,year,v\nR,2018,1\nR,2018,2\nR,2019,4\n").frame
        #expect(throws: PanelSeriesError.duplicateYear(key: ["R"], year: 2018, rows: [1, 2])) {
            try PanelSeries.extract(from: frame, metric: "v", by: ["region"])
        }
        let summed = try PanelSeries.extract(from: frame, metric: "v", by: ["region"], summingDuplicates: true)
        #expect(summed[0].series.values == [3, 4])
    }

    @Test func namesMissingColumnsAndBadYears() throws {
        let frame = try CSVReader.read(text: "year,v\n2018.5,1\n").frame
        #expect(throws: PanelSeriesError.invalidYear(row: 1, text: "2018.5")) { try PanelSeries.extract(from: frame, metric: "v") }
        #expect(throws: PanelSeriesError.missingColumn("agency", available: ["year", "v"])) {
            try PanelSeries.extract(from: frame, metric: "v", by: ["agency"])
        }
    }
}
