import Testing
@testable import FiscalFrame

@Suite struct ReshapeTests {
    @Test func pivotWiderThenMeltBack() throws {
        let long = try DataFrame(csvText: "agency,year,value\n甲,2015,1\n乙,2015,2\n甲,2016,3\n甲,2015,4\n")
        let wide = try long.pivotedWider(index: ["agency"], columns: "year", values: "value")
        #expect(wide.columnNames == ["agency", "2015", "2016"])
        #expect(Array(try wide.column(ColumnID("2015", Int.self))) == [5, 2])
        #expect(Array(try wide.column(ColumnID("2016", Int.self))) == [3, nil])
        let back = try wide.melted(idColumns: ["agency"], variableName: "year", valueName: "value")
        #expect(Array(try back.column(ColumnID("year", String.self))) == ["2015", "2015", "2016", "2016"])
        #expect(Array(try back.column(ColumnID("value", Int.self))) == [5, 2, 3, nil])
        let means = try long.pivotedWider(index: ["agency"], columns: "year", values: "value", aggregate: .mean)
        #expect(try means.column(ColumnID("2015", Double.self))[0] == 2.5)
    }

    @Test func pivotWiderWithoutIndexIsAnError() throws {
        let long = try DataFrame(csvText: "agency,year,value\n甲,2015,1\n")
        #expect(throws: FrameError.self) { try long.pivotedWider(index: [], columns: "year", values: "value") }
    }

    @Test func meltRejectsMixedTypes() throws {
        let frame = try DataFrame(csvText: "id,a,b\n1,x,2\n")
        #expect(throws: FrameError.self) { try frame.melted(idColumns: ["id"]) }
    }

    @Test func summaryMatchesPandasDescribe() throws {
        let summary = try Fixture.frame("panel.csv").summary()
        let expected = try Fixture.frame("panel_describe.csv")
        #expect(Array(try summary.column(ColumnID("statistic", String.self))) == Array(try expected.column(ColumnID("statistic", String.self))))
        for name in ["year", "value", "weight"] {
            let a = try doubles(summary, name), e = try doubles(expected, name)
            for i in a.indices { #expect(agree(a[i], e[i]), "\(name) \(i)") }
        }
    }

    @Test func covarianceAndCorrelationMatchNumpy() throws {
        let panel = try Fixture.frame("panel.csv")
        let names = ["year", "value", "weight"]
        for (result, fixture) in [(try panel.covarianceMatrix(of: names), "panel_cov.csv"),
                                  (try panel.correlationMatrix(of: names), "panel_corr.csv")] {
            let expected = try Fixture.frame(fixture)
            for name in names {
                let a = try doubles(result, name), e = try doubles(expected, name)
                for i in a.indices { #expect(agree(a[i], e[i], tolerance: 1e-10), "\(fixture) \(name) \(i)") }
            }
        }
        #expect(throws: FrameError.self) { try panel.covarianceMatrix(of: ["agency"]) }
    }

    @Test func weightedSumsSkipMissingCells() throws {
        let frame = try DataFrame(csvText: "w,a,b\n1,2,10\n2,,20\n3,4,30\n")
        #expect(try frame.weightedSums(of: ["a", "b"], weights: "w") == [14, 140])
        let full = try DataFrame(csvText: "w,a\n1,2\n2,3\n")
        #expect(try full.weightedSums(of: ["a"], weights: "w") == [8])
    }

    @Test func concatenationWidensAndChecksColumns() throws {
        let a = try DataFrame(csvText: "k,v\nx,1\n")
        let b = try DataFrame(csvText: "v,k\n2.5,y\n")
        let c = try DataFrame.concatenating([a, b])
        #expect(c.columnNames == ["k", "v"])
        #expect(Array(try c.column(ColumnID("v", Double.self))) == [1, 2.5])
        #expect(throws: FrameError.self) { try DataFrame.concatenating([a, try DataFrame(csvText: "k\nz\n")]) }
        #expect(throws: FrameError.self) { try DataFrame.concatenating([a, try DataFrame(csvText: "k,v\nz,w\n")]) }
    }

    @Test func uniqueDistinctAndValueCounts() throws {
        let frame = try DataFrame(csvText: "k,v\nb,1\na,2\nb,1\nc,3\na,2\nb,4\n")
        #expect(try frame.uniqueValues(of: "k") == .string(Column(name: "k", values: ["b", "a", "c"])))
        #expect(try frame.distinct().rowCount == 4)
        let counts = try frame.valueCounts(of: "k")
        #expect(Array(try counts.column(ColumnID("k", String.self))) == ["b", "a", "c"])
        #expect(Array(try counts.column(ColumnID("count", Int.self))) == [3, 2, 1])
    }
}
