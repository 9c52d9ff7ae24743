import FiscalFrame

extension DocumentChecks {
    /// Compares a total with the sum of its parts. `isComplete` says whether every part the
    /// identity needs is stated; an incomplete list is only wrong when it exceeds the total.
    func compare(
        total: FactGroup.Figure, parts: [FactGroup.Figure], in g: FactGroup, isComplete: Bool, check: String,
        what: String, _ context: inout CheckContext
    ) {
        guard !parts.isEmpty else { return }
        let sum = parts.reduce(0.0) { $0 + $1.amount }
        let stated = total.amount
        let tolerance = tolerancePerTerm * Double(parts.count + 1)
        let difference = sum - stated
        guard abs(difference) > tolerance, isComplete || difference > 0 else { return }
        let terms = parts.map { YuanFormat.text($0.amount) }.joined(separator: " + ")
        let message =
            "\(what): the parts add up to \(YuanFormat.text(sum)) yuan (\(terms)) against a stated "
            + "\(YuanFormat.text(stated)) yuan (stated minus parts: \(YuanFormat.signed(-difference)))"
        context.add(
            check, context.severity(difference: difference, total: stated), message, expected: sum, actual: stated,
            facts: ([total] + parts).map(g.fact(at:)))
    }

    /// 三公 total = outbound + vehicles + reception.
    func checkSangong(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.figure(.sangongTotal) else { return }
        var parts: [FactGroup.Figure] = []
        var complete = true
        if let o = g.figure(.sangongOutbound) { parts.append(o) } else { complete = false }
        if let v = g.figure(.sangongVehicleTotal) {
            parts.append(v)
        } else {
            let pieces = [g.figure(.sangongVehiclePurchase), g.figure(.sangongVehicleOperation)].compactMap { $0 }
            if pieces.count == 2 { parts += pieces + g.figures(.sangongVehicleOther) } else { complete = false; parts += pieces }
        }
        let receptionParts = g.figures(.sangongReception)
        if let r = g.figure(.sangongReception) { parts.append(r) } else if !receptionParts.isEmpty { parts += receptionParts } else { complete = false }
        compare(total: total, parts: parts, in: g, isComplete: complete, check: "identity.sangong_total",
                what: "“三公” total", &context)
    }

    /// Vehicle total = purchase + operation (+ other transport lines).
    func checkVehicles(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.figure(.sangongVehicleTotal) else { return }
        let purchase = g.figure(.sangongVehiclePurchase), operation = g.figure(.sangongVehicleOperation)
        let parts = [purchase, operation].compactMap { $0 } + g.figures(.sangongVehicleOther)
        compare(total: total, parts: parts, in: g, isComplete: purchase != nil && operation != nil,
                check: "identity.sangong_vehicle_total", what: "Vehicle purchase and operation", &context)
    }

    /// Expenditure total (or current-year total) = basic + project.
    func checkExpenditureSplit(_ g: FactGroup, _ context: inout CheckContext) {
        guard let basic = g.figure(.expenditureBasic), let project = g.figure(.expenditureProject) else { return }
        let sum = basic.amount + project.amount
        let totals = [g.figure(.expenditureCurrentYear), g.figure(.expenditureTotal)].compactMap { $0 }
        guard let total = totals.first else { return }
        let tolerance = tolerancePerTerm * 3
        if totals.contains(where: { abs($0.amount - sum) <= tolerance }) { return }
        compare(total: total, parts: [basic, project], in: g, isComplete: true, check: "identity.expenditure_split",
                what: "Basic plus project expenditure", &context)
    }

    /// Basic = personnel + public use, and its economic classes never exceed it.
    func checkBasicSplit(_ g: FactGroup, _ context: inout CheckContext) {
        guard let basic = g.figure(.expenditureBasic) else { return }
        let personnel = g.figure(.expenditurePersonnel), publicUse = g.figure(.expenditurePublicUse)
        if let personnel, let publicUse {
            compare(total: basic, parts: [personnel, publicUse], in: g, isComplete: true, check: "identity.basic_split",
                    what: "Personnel plus public-use expenditure", &context)
        }
        let economic = g.figures(.expenditureEconomic, where: CategoryShape.isTopLevelEconomicClass)
        guard economic.count >= 2 else { return }
        let sum = economic.reduce(0.0) { $0 + $1.amount }
        let tolerance = tolerancePerTerm * Double(economic.count + 1)
        let totals = [basic, g.figure(.expenditureTotal), g.figure(.expenditureCurrentYear)].compactMap { $0 }
        if totals.contains(where: { abs($0.amount - sum) <= tolerance }) { return }
        if let largest = totals.map(\.amount).max(), sum > largest + tolerance {
            compare(total: totals.max { $0.amount < $1.amount } ?? basic, parts: economic, in: g,
                    isComplete: false, check: "identity.economic_classes", what: "Economic classes", &context)
        }
    }

    /// Functional lines (top level) sum to the expenditure total they break down.
    func checkFunctions(_ g: FactGroup, _ context: inout CheckContext) {
        let lines = g.figures(.expenditureFunction, where: CategoryShape.isTopLevelFunctionLine)
        guard lines.count >= 2 else { return }
        let totals = [g.figure(.expenditureTotal), g.figure(.expenditureCurrentYear)].compactMap { $0 }
        guard let total = totals.first else { return }
        let sum = lines.reduce(0.0) { $0 + $1.amount }
        let tolerance = tolerancePerTerm * Double(lines.count + 1)
        if totals.contains(where: { abs($0.amount - sum) <= tolerance }) { return }
        compare(total: total, parts: lines, in: g, isComplete: true, check: "identity.function_lines",
                what: "Functional classification lines", &context)
    }

    /// A budget's revenue total equals its expenditure total.
    func checkBudgetBalance(_ g: FactGroup, _ context: inout CheckContext) {
        guard let revenue = g.figure(.revenueTotal), let expenditure = g.figure(.expenditureTotal),
            g.kind(of: revenue) == .budget
        else { return }
        compare(total: revenue, parts: [expenditure], in: g, isComplete: true, check: "identity.budget_balance",
                what: "Budget expenditure against revenue", &context)
    }

    /// Fixed assets total = the rows of the asset table.
    func checkFixedAssets(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.figure(.fixedAssetsTotal) else { return }
        let rows = g.figures(.fixedAssetsTotal, where: { !($0 ?? "").hasPrefix("其中") })
            + [g.figure(.fixedAssetsVehicles)].compactMap { $0 }
        guard !rows.isEmpty else { return }
        compare(total: total, parts: rows, in: g, isComplete: rows.count >= 2, check: "identity.fixed_assets",
                what: "Fixed-asset rows", &context)
    }
}
