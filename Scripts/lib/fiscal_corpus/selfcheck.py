"""The generator's own consistency check: the identities hold in every unplanted document.

Runs over the facts recorded while writing (not over re-read files) and checks VOCABULARY §7 and
the §8 ratio ranges with exact integer arithmetic in yuan. Planted documents are checked the
other way round: each planted sum mismatch must actually break its identity.
"""

from collections import defaultdict
from decimal import Decimal

RANGES = {  # VOCABULARY §8, yuan
    ("sangong_reception", "reception_persons"): (50, 125),
    ("reception_persons", "reception_batches"): (6, 15),
    ("sangong_vehicle_operation", "vehicles_count"): (16000, 80000),
    ("sangong_outbound", "outbound_persons"): (12000, 38000),
}


def _facts_by_key(record):
    stated, derived = {}, {}
    for _, metric, category, value, year, kind, origin in record.facts:
        target = derived if origin == "derived" else stated
        target[(metric, category, int(year), kind)] = Decimal(str(value))
    return stated, derived


def check(records):
    """Returns (problems, summary) for the written records."""
    problems = []
    checked = defaultdict(int)
    by_doc = {}
    for record in records:
        meta = record.meta
        if meta["duplicate_of"]:
            continue
        stated, derived = _facts_by_key(record)
        by_doc[(record.unit_key, int(meta["year"]), meta["kind"])] = (record, stated)
        year, kind = int(meta["year"]), meta["kind"]
        clean = not record.anomalies
        violations = _identities(stated, year, kind, checked)
        if clean and violations:
            problems.extend(f"{record.file}: {v}" for v in violations)
        planted_sums = {a["anomaly_type"] for a in record.anomalies if a["anomaly_type"] in ("sangong_sum_mismatch", "sum_mismatch")}
        if planted_sums and not violations:
            problems.append(f"{record.file}: planted {sorted(planted_sums)} does not break an identity")
        if record.doc is not None and record.doc.conflicts:
            problems.append(f"{record.file}: conflicting figures {record.doc.conflicts[:2]}")
    # Derived prior-year values against the prior year's own document, and execution rates.
    for (unit_key, year, kind), (record, stated) in by_doc.items():
        if record.anomalies:
            continue
        _, derived = _facts_by_key(record)
        prior = by_doc.get((unit_key, year - 1, kind))
        if prior is not None and not prior[0].anomalies:
            for (metric, category, dyear, dkind), value in derived.items():
                other = prior[1].get((metric, category, dyear, dkind))
                if other is not None:
                    checked["derived prior-year value"] += 1
                    if other != value:
                        problems.append(f"{record.file}: derived {metric} {year - 1} = {value}, that year says {other}")
        if kind == "final":
            budget = by_doc.get((unit_key, year, "budget"))
            if budget is not None and not budget[0].anomalies:
                b = budget[1].get(("expenditure_total", "", year, "budget"))
                f = stated.get(("expenditure_total", "", year, "final"))
                if b and f:
                    checked["execution rate 0.9–1.1"] += 1
                    if not (Decimal("0.89") <= f / b <= Decimal("1.11")):
                        problems.append(f"{record.file}: execution rate {f / b:.3f}")
    return problems, dict(checked)


def _identities(stated, year, kind, checked):
    def get(metric, category="", k=None):
        return stated.get((metric, category, year, k or kind))

    out = []

    def equal(name, left, parts):
        if left is None or any(p is None for p in parts):
            return
        checked[name] += 1
        if left != sum(parts):
            out.append(f"{name}: {left} != {sum(parts)}")

    vehicles = get("sangong_vehicle_total")
    if vehicles is None and get("vehicles_count") == 0:
        vehicles = Decimal(0)  # 单位没有配置公务车: no fleet, no vehicle spending
    equal("三公 = outbound + vehicles + reception", get("sangong_total"),
          [get("sangong_outbound"), vehicles, get("sangong_reception")])
    equal("vehicles = purchase + operation", get("sangong_vehicle_total"),
          [get("sangong_vehicle_purchase"), get("sangong_vehicle_operation")])
    equal("total = basic + project", get("expenditure_total"), [get("expenditure_basic"), get("expenditure_project")])
    equal("basic = personnel + public use", get("expenditure_basic"),
          [get("expenditure_personnel"), get("expenditure_public_use")])
    economic = [v for (m, c, y, k), v in stated.items() if m == "expenditure_economic" and y == year and k == kind]
    if economic:
        equal("basic = Σ economic", get("expenditure_basic"), economic)
    functions = [v for (m, c, y, k), v in stated.items() if m == "expenditure_function" and y == year and k == kind]
    if functions:
        equal("Σ functions = total", get("expenditure_total"), functions)
    if kind == "budget":
        equal("budget revenue = expenditure", get("revenue_total"), [get("expenditure_total")])
    else:
        equal("revenue = current + carry-over", get("revenue_total"),
              [get("revenue_current_year"), get("revenue_carryover")])
        rt, et, co = get("revenue_total"), get("expenditure_total"), get("revenue_carryover")
        if None not in (rt, et, co):
            checked["final revenue − expenditure within carry-over"] += 1
            if not (0 <= rt - et <= co):
                out.append(f"revenue {rt} − expenditure {et} outside carry-over {co}")
    for (money, count), (low, high) in RANGES.items():
        m, c = get(money), get(count)
        if m is not None and c:
            checked[f"{money}/{count} in {low}–{high}"] += 1
            ratio = m / c
            if not (low <= ratio <= high):
                out.append(f"{money}/{count} = {ratio:.1f} outside {low}–{high}")
    return out
