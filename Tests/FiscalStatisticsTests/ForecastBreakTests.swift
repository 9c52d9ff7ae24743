import Testing
@testable import FiscalStatistics

@Suite struct ForecastBreakTests {
    // Vehicle spending: steady near 40 until 2015, then about half after the 2016 reform.
    static let vehicles = try! AnnualSeries(startYear: 2011, values: [40, 41, 42, 41, 43, 21, 21.5, 22, 22.4, 23])

    @Test func excludingFitsOnlyTheNewRegime() throws {
        let f = try Forecaster.forecast(Self.vehicles, horizon: 2, method: .drift,
                                        options: .init(structuralBreak: BreakTreatment(year: 2016, mode: .exclude)))
        // Drift of 21, 21.5, 22, 22.4, 23: (23 − 21)/4 = 0.5 per year.
        #expect(abs(f.mean[0] - 23.5) < 1e-12)
        #expect(f.notes.first == "fitted on 2016–2020 only (break 2016)")
    }

    @Test func levelShiftRescalesEarlierYears() throws {
        var notes: [String] = []
        let adjusted = try BreakAdjustment.apply(BreakTreatment(year: 2016, mode: .levelShift), to: Self.vehicles, notes: &notes)
        let ratio = ((21 + 21.5 + 22) / 3) / ((42 + 41 + 43) / 3)
        #expect(abs(adjusted[0] - 40 * ratio) < 1e-12)
        #expect(adjusted[5...] == Self.vehicles.values[5...])
        #expect(notes.first?.hasPrefix("level shift at 2016") == true)
    }

    @Test func withoutTreatmentTheDropDragsTheForecastDown() throws {
        let plain = try Forecaster.forecast(Self.vehicles, horizon: 1, method: .drift)
        let treated = try Forecaster.forecast(Self.vehicles, horizon: 1, method: .drift,
                                              options: .init(structuralBreak: BreakTreatment(year: 2016, mode: .exclude)))
        #expect(plain.mean[0] < treated.mean[0])
    }

    @Test func aBreakOutsideTheSeriesIsIgnoredWithANote() throws {
        let f = try Forecaster.forecast(Self.vehicles, horizon: 1, method: .naive,
                                        options: .init(structuralBreak: BreakTreatment(year: 2030, mode: .exclude)))
        #expect(f.mean == [23])
        #expect(f.notes.first?.contains("ignored") == true)
    }

    @Test func excludingTooMuchIsAnError() throws {
        #expect(throws: ForecastError.tooShort(method: "fit after the 2020 break", needed: 2, got: 1)) {
            try Forecaster.forecast(Self.vehicles, horizon: 1,
                                    options: .init(structuralBreak: BreakTreatment(year: 2020, mode: .exclude)))
        }
    }
}
