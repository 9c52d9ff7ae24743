import FiscalDisclosures

/// Comparison of cities: “三公” per resident and per staff, ranked, and a log-log regression
/// of “三公” on population and staff with outliers named.
enum CitySection {
    struct CityYear {
        var region: GazetteerRegion
        var year: Int
        var kind: DocumentKind
        var sangong: Double
        var staff: Double
        var agencies: Int
        var evidence: [String]
    }

    /// For each region with a population: the latest year with “三公” finals (else budgets),
    /// summed over the agencies stating both “三公” and staff that year.
    static func cityYears(_ context: ReportContext) -> [CityYear] {
        var grouped: [String: [PanelRow]] = [:]
        for row in context.ingest.panel.rows {
            guard let region = context.region(of: row), region.population != nil else { continue }
            grouped[region.name, default: []].append(row)
        }
        var result: [CityYear] = []
        for name in grouped.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let rows = grouped[name]!
            for kind in [DocumentKind.final, .budget] {
                let usable = rows.filter { $0.key.kind == kind && $0.fact("sangong_total") != nil && ($0.fact("staff_actual")?.value.doubleValue ?? 0) > 0 }
                guard let year = usable.map(\.key.year).max() else { continue }
                let chosen = usable.filter { $0.key.year == year }
                let sangong = chosen.reduce(0.0) { $0 + $1.fact("sangong_total")!.value.doubleValue }
                let staff = chosen.reduce(0.0) { $0 + $1.fact("staff_actual")!.value.doubleValue }
                let evidence = chosen.flatMap { [reference($0.fact("sangong_total")), reference($0.fact("staff_actual"))] }
                result.append(CityYear(region: context.region(of: chosen[0])!, year: year, kind: kind, sangong: sangong,
                                       staff: staff, agencies: chosen.count, evidence: evidence))
                break
            }
        }
        return result
    }

    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        var md = "## Comparison of cities\n\n"
        let cities = cityYears(context)
        guard !cities.isEmpty else {
            md += "No region with a population in the gazetteer has agencies stating both “三公”经费 and staff.\n\n"
            artifacts.sections.append(md)
            return
        }
        md += "For each region with a population in the gazetteer, the latest year with final accounts (else budgets): "
        md += "the “三公”经费 and actual staff (实有人数) summed over the agencies of that region stating both, per resident and per staff. "
        md += "Cities with different agency counts or years are not strictly comparable; both are shown. "
        md += "The evidence column gives file:line of each agency's “三公”经费 and staff figures (a file is named once, then its lines).\n\n"
        let ranked = cities.sorted { $0.sangong / Double($0.region.population!) > $1.sangong / Double($1.region.population!) }
        var table = ExportTable(name: "cities", columns: [
            "rank", "region", "province", "year", "kind", "agencies", "sangong_total", "staff_actual", "population",
            "sangong_per_resident", "sangong_per_staff", "population_source", "evidence",
        ])
        for (index, city) in ranked.enumerated() {
            let population = Double(city.region.population!)
            table.rows.append([
                .integer(index + 1), .text(city.region.name), .text(city.region.province), .integer(city.year), .text(city.kind.rawValue),
                .integer(city.agencies), .number(city.sangong, decimals: 2), .number(city.staff, decimals: 0), .integer(city.region.population!),
                .number(city.sangong / population, decimals: 4), .number(city.sangong / city.staff, decimals: 2),
                .text(city.region.populationSource), .text(compactReferences(city.evidence)),
            ])
        }
        artifacts.tables.append(table)
        let shown = ExportTable(name: "cities", columns: ["rank", "region", "year", "agencies", "“三公” (yuan)", "staff", "population", "per resident", "per staff", "evidence"],
                                rows: table.rows.map { [$0[0], $0[1], $0[3], $0[5], $0[6].numericValue.map(yuanCell) ?? .empty, $0[7], $0[8], $0[9], $0[10], $0[12]] })
        md += "### Ranked by “三公”经费 per resident\n\n" + MarkdownText.table(shown) + "\n"
        let byStaff = ranked.sorted { $0.sangong / $0.staff > $1.sangong / $1.staff }
        md += "Ranked by “三公”经费 per staff: " + byStaff.enumerated().map { "\($0.offset + 1). \(MarkdownText.escaped($0.element.region.name)) (\(DisplayNumber.fixed($0.element.sangong / $0.element.staff, decimals: 2, grouping: true)))" }.joined(separator: ", ") + ".\n\n"
        let chart = SVGBarChart(title: "“三公”经费 per resident (元/人)", valueLabel: "元/人",
                                bars: ranked.map { ($0.region.name + " \($0.year)", $0.sangong / Double($0.region.population!)) })
        md += "![“三公”经费 per resident](\(artifacts.addChart("cities-per-resident", svg: chart.svg())))\n\n"
        md += regression(cities, into: &artifacts)
        artifacts.sections.append(md)
    }

    static func regression(_ cities: [CityYear], into artifacts: inout ReportArtifacts) -> String {
        var md = "### Log-log regression of “三公”经费 on population and staff\n\n"
        md += "log(三公) = b₀ + b₁·log(population) + b₂·log(staff), one observation per city as above, ordinary least squares. "
        md += "An elasticity b₁ below 1 means larger cities spend less per resident. Outliers: |studentized residual| > 2.\n\n"
        do {
            let fit = try LogLogRegression.fit(y: cities.map(\.sangong), regressors: [
                ("population", cities.map { Double($0.region.population!) }), ("staff", cities.map(\.staff)),
            ])
            var table = ExportTable(name: "regression", columns: ["term", "coefficient", "std_error", "t"])
            for i in fit.terms.indices {
                table.rows.append([.text(fit.terms[i]), .number(fit.coefficients[i], decimals: 4),
                                   .number(fit.standardErrors[i], decimals: 4), .number(fit.tValues[i], decimals: 2)])
            }
            artifacts.tables.append(table)
            md += MarkdownText.table(table) + "\n"
            md += "n = \(fit.observationCount), R² = \(DisplayNumber.fixed(fit.rSquared, decimals: 3)), adjusted R² = \(DisplayNumber.fixed(fit.adjustedRSquared, decimals: 3)), residual standard error = \(DisplayNumber.fixed(fit.sigma, decimals: 3)) (log units).\n\n"
            var residualTable = ExportTable(name: "regression_residuals", columns: ["region", "year", "log_sangong", "fitted", "residual", "studentized"])
            for (i, city) in cities.enumerated() {
                residualTable.rows.append([.text(city.region.name), .integer(city.year), .number(log(city.sangong), decimals: 4),
                                           .number(fit.fitted[i], decimals: 4), .number(fit.residuals[i], decimals: 4),
                                           .number(fit.studentizedResiduals[i], decimals: 2)])
            }
            artifacts.tables.append(residualTable)
            let outliers = cities.indices.filter { abs(fit.studentizedResiduals[$0]) > 2 }
            if outliers.isEmpty {
                md += "No city has |studentized residual| > 2.\n\n"
            } else {
                md += "Outliers: " + outliers.map { i in
                    let direction = fit.residuals[i] > 0 ? "spends more" : "spends less"
                    return "\(MarkdownText.escaped(cities[i].region.name)) \(cities[i].year) (studentized residual \(DisplayNumber.fixed(fit.studentizedResiduals[i], decimals: 2)), \(direction) than its size predicts, ×\(DisplayNumber.fixed(exp(fit.residuals[i]), decimals: 2)))"
                }.joined(separator: "; ") + ".\n\n"
            }
        } catch {
            md += "Not fitted: \(MarkdownText.escaped(error.description)).\n\n"
        }
        return md
    }
}

import Foundation
