import FiscalFrame

extension DocumentChecks {
    /// Compares a total with the sum of its parts. `isComplete` says whether every part the
    /// identity needs is stated; an incomplete list is only wrong when it exceeds the total.
    func compare(
        total: Fact, parts: [Fact], isComplete: Bool, check: String, what: String, _ context: inout CheckContext
    ) {
        guard !parts.isEmpty else { return }
        let sum = parts.reduce(0.0) { $0 + $1.value.doubleValue }
        let stated = total.value.doubleValue
        let tolerance = tolerancePerTerm * Double(parts.count + 1)
        let difference = sum - stated
        guard abs(difference) > tolerance, isComplete || difference > 0 else { return }
        let terms = parts.map { YuanFormat.text($0.value.doubleValue) }.joined(separator: " + ")
        let message =
            "\(what): the parts add up to \(YuanFormat.text(sum)) yuan (\(terms)) against a stated "
            + "\(YuanFormat.text(stated)) yuan (stated minus parts: \(YuanFormat.signed(-difference)))"
        context.add(
            check, context.severity(difference: difference, total: stated), message, expected: sum, actual: stated,
            facts: [total] + parts)
    }

    /// 三公 total = outbound + vehicles + reception.
    func checkSangong(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.fact(.sangongTotal) else { return }
        var parts: [Fact] = []
        var complete = true
        if let o = g.fact(.sangongOutbound) { parts.append(o) } else { complete = false }
        if let v = g.fact(.sangongVehicleTotal) {
            parts.append(v)
        } else {
            let pieces = [g.fact(.sangongVehiclePurchase), g.fact(.sangongVehicleOperation)].compactMap { $0 }
            if pieces.count == 2 { parts += pieces + g.categorized(.sangongVehicleOther) } else { complete = false; parts += pieces }
        }
        let receptionParts = g.categorized(.sangongReception)
        if let r = g.fact(.sangongReception) { parts.append(r) } else if !receptionParts.isEmpty { parts += receptionParts } else { complete = false }
        compare(total: total, parts: parts, isComplete: complete, check: "identity.sangong_total",
                what: "“三公” total", &context)
    }

    /// Vehicle total = purchase + operation (+ other transport lines).
    func checkVehicles(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.fact(.sangongVehicleTotal) else { return }
        let purchase = g.fact(.sangongVehiclePurchase), operation = g.fact(.sangongVehicleOperation)
        let parts = [purchase, operation].compactMap { $0 } + g.categorized(.sangongVehicleOther)
        compare(total: total, parts: parts, isComplete: purchase != nil && operation != nil,
                check: "identity.sangong_vehicle_total", what: "Vehicle purchase and operation", &context)
    }

    /// Expenditure total (or current-year total) = basic + project.
    func checkExpenditureSplit(_ g: FactGroup, _ context: inout CheckContext) {
        guard let basic = g.fact(.expenditureBasic), let project = g.fact(.expenditureProject) else { return }
        let sum = basic.value.doubleValue + project.value.doubleValue
        let totals = [g.fact(.expenditureCurrentYear), g.fact(.expenditureTotal)].compactMap { $0 }
        guard let total = totals.first else { return }
        let tolerance = tolerancePerTerm * 3
        if totals.contains(where: { abs($0.value.doubleValue - sum) <= tolerance }) { return }
        compare(total: total, parts: [basic, project], isComplete: true, check: "identity.expenditure_split",
                what: "Basic plus project expenditure", &context)
    }

    /// Basic = personnel + public use, and its economic classes never exceed it.
    func checkBasicSplit(_ g: FactGroup, _ context: inout CheckContext) {
        guard let basic = g.fact(.expenditureBasic) else { return }
        let personnel = g.fact(.expenditurePersonnel), publicUse = g.fact(.expenditurePublicUse)
        if let personnel, let publicUse {
            compare(total: basic, parts: [personnel, publicUse], isComplete: true, check: "identity.basic_split",
                    what: "Personnel plus public-use expenditure", &context)
        }
        let economic = g.categorized(.expenditureEconomic).filter { CategoryShape.isTopLevelEconomicClass($0.category) }
        guard economic.count >= 2 else { return }
        let sum = economic.reduce(0.0) { $0 + $1.value.doubleValue }
        let tolerance = tolerancePerTerm * Double(economic.count + 1)
        let totals = [basic, g.fact(.expenditureTotal), g.fact(.expenditureCurrentYear)].compactMap { $0 }
        if totals.contains(where: { abs($0.value.doubleValue - sum) <= tolerance }) { return }
        if let largest = totals.map({ $0.value.doubleValue }).max(), sum > largest + tolerance {
            compare(total: totals.max { $0.value.doubleValue < $1.value.doubleValue } ?? basic, parts: economic,
                    isComplete: false, check: "identity.economic_classes", what: "Economic classes", &context)
        }
    }

    /// Functional lines (top level) sum to the expenditure total they break down.
    func checkFunctions(_ g: FactGroup, _ context: inout CheckContext) {
        let lines = g.categorized(.expenditureFunction).filter { CategoryShape.isTopLevelFunctionLine($0.category) }
        guard lines.count >= 2 else { return }
        let totals = [g.fact(.expenditureTotal), g.fact(.expenditureCurrentYear)].compactMap { $0 }
        guard let total = totals.first else { return }
        let sum = lines.reduce(0.0) { $0 + $1.value.doubleValue }
        let tolerance = tolerancePerTerm * Double(lines.count + 1)
        if totals.contains(where: { abs($0.value.doubleValue - sum) <= tolerance }) { return }
        compare(total: total, parts: lines, isComplete: true, check: "identity.function_lines",
                what: "Functional classification lines", &context)
    }

    /// A budget's revenue total equals its expenditure total.
    func checkBudgetBalance(_ g: FactGroup, _ context: inout CheckContext) {
        guard let revenue = g.fact(.revenueTotal), let expenditure = g.fact(.expenditureTotal),
            revenue.kind == .budget
        else { return }
        compare(total: revenue, parts: [expenditure], isComplete: true, check: "identity.budget_balance",
                what: "Budget expenditure against revenue", &context)
    }

    /// Fixed assets total = the rows of the asset table.
    func checkFixedAssets(_ g: FactGroup, _ context: inout CheckContext) {
        guard let total = g.fact(.fixedAssetsTotal) else { return }
        let rows = g.categorized(.fixedAssetsTotal).filter { !($0.category ?? "").hasPrefix("其中") }
            + [g.fact(.fixedAssetsVehicles)].compactMap { $0 }
        guard !rows.isEmpty else { return }
        compare(total: total, parts: rows, isComplete: rows.count >= 2, check: "identity.fixed_assets",
                what: "Fixed-asset rows", &context)
    }
}
