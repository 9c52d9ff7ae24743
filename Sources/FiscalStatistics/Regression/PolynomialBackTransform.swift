import FiscalLinearAlgebra

/// Maps coefficients of powers of z = (x − μ)/s to coefficients of powers of x.
///
/// Σₖ γₖ·zᵏ = Σₖ γₖ/sᵏ · Σᵢ C(k, i)·xⁱ·(−μ)^(k−i), so the coefficient of xⁱ (i ≥ 1) is
/// Σ_{k ≥ i} γₖ·C(k, i)·(−μ)^(k−i)/sᵏ and the constant parts Σₖ γₖ·(−μ/s)ᵏ move to the intercept
/// (or into the absorbed fixed effects). The map is linear, `β = L·γ`; the solver uses it to
/// report coefficients and every covariance matrix in the original scale.
struct PolynomialBackTransform {
    let blocks: [DesignMatrix.PolynomialBlock]
    let intercept: Int?

    init(design: DesignMatrix) {
        self.blocks = design.polynomials
        self.intercept = design.interceptColumn
    }

    /// L as an order×order column-major matrix in extended precision.
    func extendedMatrix(order: Int) -> [Extended] {
        var result = [Extended](repeating: 0, count: order * order)
        for j in 0..<order {
            var unit = [Extended](repeating: 0, count: order)
            unit[j] = 1
            var column = unit
            for block in blocks {
                let terms = transform(block, unit)
                for (power, c) in block.columns.enumerated() { column[c] = terms.powers[power] }
                if let intercept { column[intercept] += terms.constant }
            }
            for i in 0..<order { result[i + j * order] = column[i] }
        }
        return result
    }

    /// L·γ for one vector of design coefficients.
    func apply(to gamma: [Double]) -> [Double] {
        guard !blocks.isEmpty else { return gamma }
        var beta = gamma.map { Extended($0) }
        for block in blocks {
            let terms = transform(block, gamma.map { Extended($0) })
            for (power, column) in block.columns.enumerated() { beta[column] = terms.powers[power] }
            if let intercept { beta[intercept] += terms.constant }
        }
        return beta.map { Double($0) }
    }

    /// L·M, column by column.
    func apply(to map: Matrix) -> Matrix {
        guard !blocks.isEmpty else { return map }
        var result = map
        for k in 0..<map.columnCount {
            let column = apply(to: map.column(k))
            for i in 0..<map.rowCount { result[i, k] = column[i] }
        }
        return result
    }

    private func transform(_ block: DesignMatrix.PolynomialBlock, _ gamma: [Extended]) -> (powers: [Extended], constant: Extended) {
        let degree = block.columns.count
        let mu = Extended(block.mean), s = Extended(block.scale)
        var powers = [Extended](repeating: 0, count: degree)
        var constant: Extended = 0
        for k in 1...degree {
            let g = gamma[block.columns[k - 1]]
            var sk: Extended = 1
            for _ in 0..<k { sk *= s }
            var binomial: Extended = 1  // C(k, i), i = 0
            for i in 0...k {
                var negMu: Extended = 1
                for _ in 0..<(k - i) { negMu *= -mu }
                let contribution = g * binomial * negMu / sk
                if i == 0 { constant += contribution } else { powers[i - 1] += contribution }
                binomial = binomial * Extended(k - i) / Extended(i + 1)
            }
        }
        return (powers, constant)
    }
}
