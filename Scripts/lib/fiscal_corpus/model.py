"""The figures model: agency-type baseline × region size × year effects × lognormal noise.

All money is kept as integer units of 0.01万元 (100 yuan), the precision disclosures print, so
every identity of VOCABULARY §7 holds exactly by construction:

- 三公 total = outbound + vehicle total + reception; vehicle total = purchase + operation
- expenditure total = basic + project; basic = personnel + public use = 301 + 302 + 303
- a budget's revenue total = its expenditure total; function lines sum to the expenditure total
- a final's revenue total = current-year revenue + carry-over ≥ its expenditure total

Year effects (VOCABULARY §9): nominal growth; the December 2012 austerity rules cut 三公 from
2013; the 2015–2017 vehicle reform (a region-specific year) sells most vehicles; 2020–2022 COVID
sets outbound to zero and cuts reception; the 2019 reform renames lines and merges 质监/食药监
into 市场监管. Counts follow the money: 55–120 yuan per reception person-time, 7–14 persons per
batch, 20k–70k yuan operation per vehicle, 14k–36k yuan per outbound person-trip.
"""

import math

from .agencies import FUNCTIONS, health_function

WAN = 100  # units per 万元


def units(wan):
    """万元 (float) to integer units of 0.01万元, never negative."""
    return max(0, int(round(wan * WAN)))


def austerity(year):
    """Multiplier of 三公 spending relative to its pre-2013 level."""
    table = {2011: 1.0, 2012: 0.95, 2013: 0.66, 2014: 0.58, 2015: 0.55}
    return table.get(year, 0.53 * 1.015 ** (year - 2016))


class UnitModel:
    """Yearly budget and final figures of one agency line in one region.

    `figures[year]["budget" | "final"]` is a dict of the quantities documents render. Years run
    from one year before the line starts (so 2012 documents can compare with 2011) to its end.
    """

    def __init__(self, line, region_size, vehicle_reform_year, rng):
        self.line = line
        self.figures = {}
        self._build(region_size, vehicle_reform_year, rng)

    def _build(self, size, reform_year, rng):
        line = self.line
        scale = line.base_wan * (size / 1e6) ** 0.65 * math.exp(rng.gauss(0, 0.25))
        project_share = min(0.8, max(0.1, line.project_share + rng.gauss(0, 0.06)))
        staff_share = min(0.92, max(0.6, line.staff_cost_share + rng.gauss(0, 0.03)))
        has_vehicles = rng.random() > (0.25 if line.vehicles_per_staff < 0.07 else 0.05)
        op_per_vehicle = rng.uniform(20000, 70000)
        rpp = rng.uniform(58, 118)
        other_income = rng.random() < 0.3
        walk = 0.0
        vehicles = None
        for year in range(line.first_year - 1, line.last_year + 1):
            walk += rng.gauss(0, 0.04)
            size_y = scale * 1.062 ** (year - 2012) * math.exp(walk)
            if year >= 2019:
                size_y *= line.merger_factor
            budget = self._budget(year, size_y, project_share, staff_share, other_income, rng)
            if vehicles is None:
                staff = max(3, round(budget["expenditure_personnel"] / WAN / (11.0 * 1.07 ** (year - 2012))))
                vehicles = max(1, round(staff * line.vehicles_per_staff * rng.uniform(0.7, 1.3))) if has_vehicles else 0
            start_vehicles = vehicles
            if reform_year is not None and year == reform_year and vehicles:
                keep = rng.uniform(0.6, 0.8) if line.key == "public_security" else rng.uniform(0.2, 0.5)
                vehicles = round(vehicles * keep)
            final = self._final(budget, rng)
            self._sangong(year, budget, final, start_vehicles, vehicles, size_y, op_per_vehicle, rpp, rng)
            self._functions(year, budget)
            self._functions(year, final)
            self._staff(year, final, rng)
            budget["staff_authorized"] = final["staff_authorized"]
            budget["staff_actual"] = final["staff_actual"]
            budget["retirees"] = final["retirees"]
            self.figures[year] = {"budget": budget, "final": final}

    def _budget(self, year, size_y, project_share, staff_share, other_income, rng):
        total = units(size_y * math.exp(rng.gauss(0, 0.04)))
        total = max(total, 30 * WAN)
        project = units(total / WAN * min(0.85, max(0.05, project_share + rng.gauss(0, 0.04))))
        basic = total - project
        personnel = units(basic / WAN * min(0.95, max(0.55, staff_share + rng.gauss(0, 0.02))))
        public_use = basic - personnel
        business = units(total / WAN * rng.uniform(0.02, 0.08)) if self.line.has_business_income and rng.random() < 0.6 else 0
        other = units(total / WAN * rng.uniform(0.005, 0.03)) if other_income else 0
        general = total - business - other
        return {
            "expenditure_total": total, "expenditure_project": project, "expenditure_basic": basic,
            "expenditure_personnel": personnel, "expenditure_public_use": public_use,
            "revenue_total": total, "revenue_general_budget": general, "revenue_business": business,
            "revenue_other": other,
            "operating_expenses": units(public_use / WAN * rng.uniform(0.85, 1.0)) if rng.random() < 0.5 else public_use,
        }

    def _final(self, budget, rng):
        rate = min(1.1, max(0.9, rng.gauss(1.0, 0.045)))
        total = units(budget["expenditure_total"] / WAN * rate)
        project = units(total / WAN * (budget["expenditure_project"] / budget["expenditure_total"]) * rng.uniform(0.95, 1.05))
        project = min(project, total)
        basic = total - project
        personnel = units(basic / WAN * (budget["expenditure_personnel"] / max(1, budget["expenditure_basic"])) * rng.uniform(0.98, 1.02))
        personnel = min(personnel, basic)
        public_use = basic - personnel
        wages = units(personnel / WAN * rng.uniform(0.86, 0.95))
        carryover = units(total / WAN * rng.uniform(0.0, 0.06))
        balance = units(carryover / WAN * rng.uniform(0.0, 1.0))
        revenue_total = total + balance
        current = revenue_total - carryover
        business = units(current / WAN * rng.uniform(0.02, 0.08)) if budget["revenue_business"] else 0
        other = units(current / WAN * rng.uniform(0.005, 0.03)) if budget["revenue_other"] else 0
        appropriation = current - business - other
        return {
            "expenditure_total": total, "expenditure_project": project, "expenditure_basic": basic,
            "expenditure_personnel": personnel, "expenditure_public_use": public_use,
            "economic": [("301", "工资福利支出", wages), ("302", "商品和服务支出", public_use),
                         ("303", "对个人和家庭的补助", personnel - wages)],
            "revenue_total": revenue_total, "revenue_current_year": current, "revenue_carryover": carryover,
            "revenue_fiscal_appropriation": appropriation, "revenue_business": business, "revenue_other": other,
            "operating_expenses": units(public_use / WAN * rng.uniform(0.85, 1.0)),
            "meeting_expenses": units(public_use / WAN * rng.uniform(0.01, 0.05)),
            "training_expenses": units(public_use / WAN * rng.uniform(0.01, 0.06)),
        }

    def _sangong(self, year, budget, final, start_vehicles, end_vehicles, size_y, op_per_vehicle, rpp, rng):
        line = self.line
        covid = 2020 <= year <= 2022
        factor = austerity(year)
        # Reception: a share of the size, cut by austerity and COVID.
        reception_wan = size_y * line.reception_share * factor * (2.2 if year <= 2012 else 1.0)
        reception_wan *= math.exp(rng.gauss(0, 0.15)) * (0.6 if covid else 1.0)
        reception_wan = max(0.3, reception_wan)
        b_reception = units(reception_wan)
        f_reception = units(b_reception / WAN * rng.uniform(0.7, 1.02))
        f_reception = max(f_reception, 30)
        # Outbound: occasional trips, none during COVID.
        b_out = f_out = persons_out = groups_out = 0
        if not covid and rng.random() < line.outbound_prob:
            persons_out = rng.randint(1, 4)
            groups_out = 1 if persons_out < 3 or rng.random() < 0.7 else 2
            f_out = units(persons_out * rng.uniform(14000, 36000) / 10000)
            b_out = units(f_out / WAN * rng.uniform(1.0, 1.2))
        # Vehicles: operation follows the fleet; the reform year sells most of it.
        b_purchase = f_purchase = purchased = 0
        if end_vehicles and rng.random() < 0.1:
            purchased = 1 if rng.random() < 0.8 else 2
            b_purchase = units(purchased * rng.uniform(12, 25))
            f_purchase = units(b_purchase / WAN * rng.uniform(0.92, 1.0))
        b_per = min(78000.0, max(18000.0, op_per_vehicle * math.exp(rng.gauss(0, 0.08))))
        b_operation = units(start_vehicles * b_per / 10000)
        f_vehicles = end_vehicles + (purchased if end_vehicles else 0)
        if f_vehicles:
            per = op_per_vehicle * math.exp(rng.gauss(0, 0.06))
            per = min(69000.0, max(21000.0, per))
            f_operation = units(per * f_vehicles / 10000)
        else:
            f_operation = 0
        if not f_vehicles:
            f_purchase = b_purchase = purchased = 0
        reception_persons = max(1, round(f_reception * 100 / rpp / math.exp(rng.gauss(0, 0.05))))
        per = f_reception * 100 / reception_persons
        if per < 51 or per > 124:
            reception_persons = max(1, round(f_reception * 100 / rpp))
        batches = max(1, round(reception_persons / rng.uniform(7, 14)))
        while reception_persons / batches > 15:
            batches += 1
        while batches > 1 and reception_persons / batches < 6:
            batches -= 1
        budget.update({
            "sangong_outbound": b_out, "sangong_vehicle_purchase": b_purchase,
            "sangong_vehicle_operation": b_operation, "sangong_reception": b_reception,
            "vehicles_count": start_vehicles,
        })
        final.update({
            "sangong_outbound": f_out, "sangong_vehicle_purchase": f_purchase,
            "sangong_vehicle_operation": f_operation, "sangong_reception": f_reception,
            "vehicles_count": f_vehicles, "vehicles_purchased": purchased,
            "reception_persons": reception_persons, "reception_batches": batches,
            "outbound_persons": persons_out, "outbound_groups": groups_out if persons_out else 0,
        })
        for figures in (budget, final):
            recompute_sangong(figures)

    def _functions(self, year, figures):
        total = figures["expenditure_total"]
        personnel = figures["expenditure_personnel"]
        main_code, main_name = FUNCTIONS[self.line.function](year)
        lines = []
        pensions = units(personnel / WAN * 0.12)
        housing = units(personnel / WAN * 0.08)
        medical = units(personnel / WAN * 0.05)
        others = [("208", "社会保障和就业支出", pensions), ("221", "住房保障支出", housing),
                  (*health_function(year), medical)]
        rest = total
        for code, name, amount in others:
            if code == main_code:
                continue
            lines.append((code, name, amount))
            rest -= amount
        lines.insert(0, (main_code, main_name, rest))
        lines.sort(key=lambda item: item[0])
        figures["functions"] = lines

    def _staff(self, year, final, rng):
        cost = 11.0 * 1.07 ** (year - 2012)
        actual = max(3, round(final["expenditure_personnel"] / WAN / cost))
        final["staff_actual"] = actual
        final["staff_authorized"] = max(3, round(actual * rng.uniform(0.9, 1.08)))
        final["retirees"] = round(actual * rng.uniform(0.1, 0.5))


def recompute_sangong(figures):
    """Sets the vehicle total and the 三公 total from their items."""
    figures["sangong_vehicle_total"] = figures["sangong_vehicle_purchase"] + figures["sangong_vehicle_operation"]
    figures["sangong_total"] = figures["sangong_outbound"] + figures["sangong_vehicle_total"] + figures["sangong_reception"]


def recompute_totals(figures, project_delta):
    """Adds `project_delta` units to project spending and keeps every total consistent."""
    figures["expenditure_project"] += project_delta
    figures["expenditure_total"] += project_delta
    figures["revenue_total"] += project_delta
    if "revenue_general_budget" in figures:
        figures["revenue_general_budget"] += project_delta
    if "revenue_current_year" in figures:
        figures["revenue_current_year"] += project_delta
        figures["revenue_fiscal_appropriation"] += project_delta
    main = max(figures["functions"], key=lambda item: item[2])
    figures["functions"] = [(c, n, a + project_delta if (c, n) == main[:2] else a) for c, n, a in figures["functions"]]
