// Generated from the national administrative division codes (province, prefecture and county
// levels, names and six-digit codes only). One line per unit: "CODE NAME". The first two digits
// of a code name its province, the first four its prefecture.

extension Gazetteer {
    /// Every province-, prefecture- and county-level unit, in code order, one "CODE NAME" line
    /// each. The table is kept as string literals, one file per group of provinces, so that the
    /// binary needs no resource bundle.
    static let divisionTable = [
        divisionsNorthChina,
        divisionsNortheast,
        divisionsEastA,
        divisionsEastB,
        divisionsCentralChina,
        divisionsSouthChina,
        divisionsSouthwest,
        divisionsNorthwest,
    ].joined(separator: "\n")
}
