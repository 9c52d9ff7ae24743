"""What a disclosure says: titles, sections, sentences and tables built from one year's figures.

`build_document` turns a `DocContext` into a `Document`. Every figure goes through
`Document.money` / `Document.count`, which records the ground-truth fact as it is written.
Render-level anomalies (sum mismatches, a unit typo, a missing count) are applied here and
returned as anomaly records; model-level ones (jumps, outliers) arrive already in the figures.
"""

from dataclasses import dataclass, field

from .document import Cell, Document, Table
from .numerals import chinese_year, percent_text, wan_text

DUTIES = {
    "petitions": "负责受理群众来信来访，协调处理重要信访事项，督促检查信访事项的落实。",
    "public_security": "负责全区域社会治安管理、刑事案件侦查、户籍和出入境管理、道路交通管理等工作。",
    "education": "负责统筹管理辖区各级各类教育，组织实施义务教育均衡发展和学校建设。",
    "finance": "负责编制和执行财政预算，管理财政收支、政府债务和国有资产。",
    "health": "负责医疗卫生服务体系建设、疾病预防控制和公共卫生管理工作。",
    "market": "负责市场主体登记注册、市场秩序监督管理和消费者权益保护工作。",
    "quality": "负责产品质量监督、计量标准化管理和特种设备安全监察工作。",
    "food_drug": "负责食品、药品、医疗器械和化妆品的安全监督管理工作。",
    "safety": "负责安全生产综合监督管理、应急预案管理和事故调查处理工作。",
    "land": "负责土地资源管理、国土空间规划、不动产登记和矿产资源管理工作。",
    "civil_affairs": "负责社会救助、养老服务、社会组织管理、婚姻登记和殡葬管理工作。",
    "human_resources": "负责就业创业、社会保险、人事人才和劳动关系协调工作。",
    "housing": "负责城乡建设、住房保障、建筑市场和城市管理有关工作。",
    "transport": "负责公路、水路交通建设管理和道路运输市场监管工作。",
    "audit": "负责对本级财政收支和部门预算执行情况进行审计监督。",
    "statistics": "负责组织实施统计调查、人口和经济普查，发布统计数据。",
    "justice": "负责法治宣传教育、人民调解、社区矫正和公共法律服务工作。",
    "environment": "负责生态环境监测、污染防治监督管理和环境执法工作。",
}


@dataclass
class DocContext:
    file: str
    agency: str
    line: object
    year: int
    kind: str
    fig: dict
    prior: dict = None      # the same kind's figures of the previous year, when comparable
    budget: dict = None     # the same year's budget figures, for finals
    style: object = None
    planted: dict = field(default_factory=dict)
    rng: object = None


def _change(doc, ctx, metric, current, prior, label=""):
    """A year-over-year clause; records the derived prior-year value."""
    style = doc.style
    word = style.change_word.format(prior=ctx.year - 1)
    if word.startswith("较") and word.endswith("年") and ctx.kind == "budget":
        word += "预算"
    prior_year = ctx.year - 1
    if current == prior:
        doc.money(metric, prior, year=prior_year, origin="derived")
        return f"{label}与上年持平"
    delta = current - prior
    verb = "增加" if delta > 0 else "减少"
    # The prior value is recorded as derived; the sentence writes the change.
    doc.money(metric, prior, year=prior_year, origin="derived")
    change_text = _amount_text(doc, abs(delta))
    return f"{label}{word}{verb}{change_text}"


def _amount_text(doc, amount):
    """An amount written in the document's style without recording a fact (a change, not a figure)."""
    style = doc.style
    if style.unit == "元":
        return f"{amount * 100}元"
    return wan_text(amount, commas=style.commas and amount >= 100000, trim=style.trim) + "万元"


def _reason(ctx):
    year = ctx.year
    if year == 2013 or year == 2014:
        return "主要原因是认真贯彻中央八项规定精神，厉行节约"
    if 2020 <= year <= 2022:
        return "主要原因是受疫情影响，因公出国（境）活动暂停、公务接待减少"
    if year == 2019 and ctx.line.merger_factor > 1:
        return "主要原因是机构改革职能划入"
    if 2015 <= year <= 2017:
        return "主要原因是公务用车制度改革，车辆运行费用减少"
    return "主要原因是严格控制一般性支出"


def build_document(ctx):
    """Builds the document of `ctx` and returns it with the render-level anomalies it carries."""
    style = ctx.style
    doc = Document(ctx.file, ctx.year, ctx.kind, style)
    anomalies = []
    _title(doc, ctx)
    _basics(doc, ctx)
    _money_overview(doc, ctx, anomalies)
    _operating(doc, ctx)
    _sangong(doc, ctx, anomalies)
    if ctx.rng.random() < 0.5:
        _glossary(doc, ctx)
    return doc, anomalies


def _title(doc, ctx):
    rng, style = ctx.rng, ctx.style
    year = f"{chinese_year(ctx.year, rng.choice(['〇', '○']))}" if style.chinese_year_title else str(ctx.year)
    if ctx.kind == "budget":
        options = [[ctx.agency, f"{year}年部门预算信息公开情况说明"], [f"{ctx.agency}{year}年部门预算公开说明"],
                   [f"{year}年{ctx.agency}部门预算"]]
    else:
        options = [[f"{year}年度{ctx.agency}决算和{doc.q('三公')}经费信息公开情况说明"],
                   [ctx.agency, f"{year}年度部门决算公开说明"], [f"{ctx.agency}{year}年度部门决算"]]
    for text in rng.choice(options):
        doc.title(text)
    what = "部门预算" if ctx.kind == "budget" else "部门决算"
    doc.para(f"按照《中华人民共和国预算法》和《地方预决算公开操作规程》的规定，现将{ctx.agency}{ctx.year}年{what}公开如下：")


def _basics(doc, ctx):
    rng, fig, labels = ctx.rng, ctx.fig, ctx.style.labels
    doc.heading(rng.choice(["一、基本情况", "一、部门概况", "一、部门职责及机构设置情况"]))
    doc.para(DUTIES[ctx.line.key])
    with_retirees = ctx.kind == "final" or rng.random() < 0.5
    if "staff" in ctx.style.tables:
        header = [[Cell("项目"), Cell("合计"), Cell("行政"), Cell("事业"), Cell("备注"), Cell("")]]
        rows = []
        items = [("staff_authorized", labels["staff_authorized"]), ("staff_actual", labels["staff_actual"])]
        if with_retirees:
            items.append(("retirees", labels["retirees"]))
        for metric, label in items:
            value = doc.count(metric, fig[metric])
            rows.append([Cell(label), Cell(value), Cell(value), Cell(""), Cell(""), Cell("")])
        doc.table(Table("人员情况表", "单位：人", header, rows))
        return
    text = f"本单位{labels['staff_authorized']}{doc.count('staff_authorized', fig['staff_authorized'])}人，" \
           f"{labels['staff_actual']}{doc.count('staff_actual', fig['staff_actual'])}人"
    if with_retirees:
        text += f"，{labels['retirees']}{doc.count('retirees', fig['retirees'])}人"
    doc.para(text + "。")


def _functions_with_plant(ctx, anomalies):
    functions = list(ctx.fig["functions"])
    delta = ctx.planted.get("function_sum")
    if delta:
        code, name, amount = functions[0]
        functions[0] = (code, name, amount + delta)
        anomalies.append(("sum_mismatch", "expenditure_function", f"{code} {name}", amount + delta, amount,
                          "function lines do not add up to the expenditure total"))
    return functions


def _money_overview(doc, ctx, anomalies):
    rng, fig, style, labels = ctx.rng, ctx.fig, ctx.style, ctx.style.labels
    year = ctx.year
    doc.heading(rng.choice(["二、收支总体情况", "二、部门预算安排的总体情况" if ctx.kind == "budget" else "二、收支决算情况"]))
    basic = fig["expenditure_basic"]
    if ctx.planted.get("basic_sum"):
        basic += ctx.planted["basic_sum"]
        anomalies.append(("sum_mismatch", "expenditure_basic", "", basic, fig["expenditure_basic"],
                          "basic spending differs from personnel + public use and from total − project"))
    functions = _functions_with_plant(ctx, anomalies)
    m = doc.money
    if ctx.kind == "budget":
        parts = [f"{year}年{labels['revenue_total_budget']}{m('revenue_total', fig['revenue_total'])}",
                 f"其中：{labels['revenue_general_budget']}{m('revenue_general_budget', fig['revenue_general_budget'])}"]
        if fig["revenue_business"] or rng.random() < 0.5:
            parts.append(f"事业收入{m('revenue_business', fig['revenue_business'])}")
        if fig["revenue_other"] or rng.random() < 0.5:
            parts.append(f"其他收入{m('revenue_other', fig['revenue_other'])}")
        doc.para("，".join(parts) + "。")
        total_label = labels["expenditure_total_budget"]
    else:
        doc.para(f"{year}年度收入总计{m('revenue_total', fig['revenue_total'])}，其中：本年收入合计"
                 f"{m('revenue_current_year', fig['revenue_current_year'])}（财政拨款收入"
                 f"{m('revenue_fiscal_appropriation', fig['revenue_fiscal_appropriation'])}，事业收入"
                 f"{m('revenue_business', fig['revenue_business'])}，其他收入{m('revenue_other', fig['revenue_other'])}），"
                 f"年初结转和结余{m('revenue_carryover', fig['revenue_carryover'])}。")
        total_label = labels["expenditure_total_final"]
    total_text = m("expenditure_total", fig["expenditure_total"])
    project_text = m("expenditure_project", fig["expenditure_project"])
    basic_text = m("expenditure_basic", basic)
    if ctx.kind == "final" and rng.random() < 0.6:
        economic = "，".join(f"{name}{m('expenditure_economic', amount, category=f'{code} {name}')}"
                             for code, name, amount in fig["economic"])
        doc.para(f"{year}年度{total_label}{total_text}。资金按支出性质分基本支出{basic_text}，其中：{economic}；"
                 f"{labels['expenditure_project']}{project_text}。")
    elif rng.random() < 0.75:
        doc.para(f"{year}年{total_label}{total_text}，其中基本支出{basic_text}（人员经费"
                 f"{m('expenditure_personnel', fig['expenditure_personnel'])}，{labels['expenditure_public_use']}"
                 f"{m('expenditure_public_use', fig['expenditure_public_use'])}）；{labels['expenditure_project']}{project_text}。")
    else:
        doc.para(f"{year}年{total_label}{total_text}，其中基本支出{basic_text}，包括人员经费和日常公用经费；"
                 f"{labels['expenditure_project']}{project_text}。")
    if "functions" not in style.tables or rng.random() < 0.25:
        listed = "，".join(f"{name}{m('expenditure_function', amount, category=f'{code} {name}')}"
                           for code, name, amount in functions)
        doc.para(f"按功能分为：{listed}。")
    if ctx.prior is not None and rng.random() < 0.8:
        what = "预算收支安排" if ctx.kind == "budget" else "支出"
        doc.para(f"{year}年{what}{total_text}，{_change(doc, ctx, 'expenditure_total', fig['expenditure_total'], ctx.prior['expenditure_total'])}，"
                 f"{_reason(ctx) if ctx.year in (2013, 2019) else '主要是人员经费和项目支出变化'}。")
    if "summary" in style.tables:
        _summary_table(doc, ctx, functions)
    if "functions" in style.tables:
        _function_table(doc, ctx, functions)


def _summary_table(doc, ctx, functions):
    fig, m = ctx.fig, doc.money
    column = "预算数" if ctx.kind == "budget" else "决算数"
    if ctx.kind == "budget":
        left = [("一般公共预算拨款收入", "revenue_general_budget"), ("事业收入", "revenue_business"),
                ("其他收入", "revenue_other")]
        title = "收支预算总表"
    else:
        left = [("财政拨款收入", "revenue_fiscal_appropriation"), ("事业收入", "revenue_business"),
                ("其他收入", "revenue_other"), ("年初结转和结余", "revenue_carryover")]
        title = "收入支出决算总表"
    header = [[Cell("收入", colspan=2), Cell("支出", colspan=2)],
              [Cell("项目"), Cell(column), Cell("项目"), Cell(column)]]
    rows = []
    for i in range(max(len(left), len(functions))):
        row = []
        if i < len(left):
            label, metric = left[i]
            row += [Cell(label), Cell(m(metric, fig[metric], in_table=True))]
        else:
            row += [Cell(""), Cell("")]
        if i < len(functions):
            code, name, amount = functions[i]
            row += [Cell(name), Cell(m("expenditure_function", amount, category=f"{code} {name}", in_table=True))]
        else:
            row += [Cell(""), Cell("")]
        rows.append(row)
    rows.append([Cell("收入总计"), Cell(m("revenue_total", fig["revenue_total"], in_table=True)),
                 Cell("支出总计"), Cell(m("expenditure_total", fig["expenditure_total"], in_table=True))])
    doc.table(Table(title, f"单位：{doc.unit_word()}", header, rows, is_statement=True))


def _function_table(doc, ctx, functions):
    m = doc.money
    title = "一般公共预算支出表" if ctx.kind == "budget" else "支出决算表（按功能分类）"
    if ctx.rng.random() < 0.5:
        header = [[Cell("科目", colspan=2), Cell("金额", rowspan=2)],
                  [Cell("编码"), Cell("名称"), Cell(continued=True)]]
    else:
        header = [[Cell("科目编码"), Cell("科目名称"), Cell("合计")]]
    rows = [[Cell(code), Cell(name), Cell(m("expenditure_function", amount, category=f"{code} {name}", in_table=True))]
            for code, name, amount in functions]
    rows.append([Cell("合计"), Cell(""), Cell(m("expenditure_total", ctx.fig["expenditure_total"], in_table=True))])
    doc.table(Table(title, f"单位：{doc.unit_word()}", header, rows))


def _operating(doc, ctx):
    fig, labels, m = ctx.fig, ctx.style.labels, doc.money
    doc.heading("三、机关运行经费情况")
    if ctx.kind == "budget":
        doc.para(f"{ctx.year}年{labels['operating_expenses']}共计安排{m('operating_expenses', fig['operating_expenses'])}，"
                 "主要用于办公用房水电费、物业管理费、办公设备购置等日常运行支出。")
    else:
        text = f"{ctx.year}年度{labels['operating_expenses']}支出{m('operating_expenses', fig['operating_expenses'])}"
        if ctx.rng.random() < 0.7:
            text += f"；会议费{m('meeting_expenses', fig['meeting_expenses'])}，培训费{m('training_expenses', fig['training_expenses'])}"
        doc.para(text + "。")


def _sangong_values(ctx, anomalies):
    fig = dict(ctx.fig)
    if ctx.planted.get("vehicle_sum"):
        stated = fig["sangong_vehicle_total"] + ctx.planted["vehicle_sum"]
        anomalies.append(("sum_mismatch", "sangong_vehicle_total", "", stated, fig["sangong_vehicle_total"],
                          "vehicle total differs from purchase + operation (the 三公 total follows it)"))
        fig["sangong_vehicle_total"] = stated
        fig["sangong_total"] += ctx.planted["vehicle_sum"]
    if ctx.planted.get("sangong_sum"):
        stated = fig["sangong_total"] + ctx.planted["sangong_sum"]
        anomalies.append(("sangong_sum_mismatch", "sangong_total", "", stated, fig["sangong_total"],
                          "三公 total differs from outbound + vehicles + reception"))
        fig["sangong_total"] = stated
    return fig


def _sangong(doc, ctx, anomalies):
    rng, style, labels, m = ctx.rng, ctx.style, ctx.style.labels, doc.money
    fig = _sangong_values(ctx, anomalies)
    year, final = ctx.year, ctx.kind == "final"
    doc.heading(f"四、财政拨款{doc.q('三公')}经费{'预算' if not final else '支出'}情况")
    # Outbound.
    if fig["sangong_outbound"] or rng.random() < 0.5:
        out_text = f"{labels['sangong_outbound']}{m('sangong_outbound', fig['sangong_outbound'])}"
    else:
        doc.zero_by_absence("sangong_outbound")
        out_text = rng.choice(["年度没有出国安排", f"未安排{labels['sangong_outbound']}", f"{labels['sangong_outbound']}无"])
    if final and fig.get("outbound_persons"):
        out_text += f"，组织因公出国{doc.p('境')}团组{doc.count('outbound_groups', fig['outbound_groups'])}个、" \
                    f"{doc.count('outbound_persons', fig['outbound_persons'])}人次"
    # Vehicles.
    if fig["vehicles_count"] == 0 and fig["sangong_vehicle_total"] == 0:
        # "No vehicles" states the fleet (vehicles_count = 0); the money zero is stated only when written.
        doc.count("vehicles_count", 0)
        if rng.random() < 0.5:
            veh_text = rng.choice(["单位没有配置公务车", "本单位无公务用车"])
        else:
            veh_text = f"{labels['sangong_vehicle_total']}{m('sangong_vehicle_total', 0)}，单位没有配置公务车"
    else:
        veh_text = f"{labels['sangong_vehicle_total']}{m('sangong_vehicle_total', fig['sangong_vehicle_total'])}" \
                   f"{doc.p('其中：' + labels['sangong_vehicle_purchase'] + m('sangong_vehicle_purchase', fig['sangong_vehicle_purchase']) + '，' + labels['sangong_vehicle_operation'] + m('sangong_vehicle_operation', fig['sangong_vehicle_operation']))}"
        if final:
            veh_text += f"，截至{year}年底公务用车保有量{doc.count('vehicles_count', fig['vehicles_count'])}辆"
            if fig.get("vehicles_purchased"):
                veh_text += f"，购置公务用车{doc.count('vehicles_purchased', fig['vehicles_purchased'])}辆"
        elif rng.random() < 0.5:
            veh_text += f"，{year}年初公务用车保有量{doc.count('vehicles_count', fig['vehicles_count'])}辆"
    # Reception.
    typo = bool(ctx.planted.get("unit_typo")) and style.unit == "万元"
    rec_text = f"{labels['sangong_reception']}{m('sangong_reception', fig['sangong_reception'], as_yuan_typo=typo)}"
    if typo:
        anomalies.append(("unit_typo", "sangong_reception", "", fig["sangong_reception"] / 100, fig["sangong_reception"],
                          "万元 figure written with 元"))
    if final and not ctx.planted.get("missing_count"):
        b = doc.count("reception_batches", fig["reception_batches"])
        p = doc.count("reception_persons", fig["reception_persons"])
        rec_text += rng.choice([f"，接待批次{b}次，接待人员{p}人次", f"，共接待{b}批次、{p}人次", f"，国内公务接待{b}批{p}人"])
    elif final:
        anomalies.append(("missing_count", "reception_persons", "", None, fig["reception_persons"],
                          "reception money stated without person-times"))
    # The paragraph.
    sangong = doc.q("三公")
    if final:
        head = f"{year}年度{sangong}经费支出{m('sangong_total', fig['sangong_total'])}"
        if ctx.budget is not None and rng.random() < 0.6:
            budget_total = ctx.budget["sangong_total"]
            rate = percent_text(fig["sangong_total"], budget_total)
            head += f"，年初预算{m('sangong_total', budget_total, kind='budget')}"
            if rate:
                head += f"，完成预算的{rate}%"
    else:
        head = f"{year}年，本单位{sangong}经费预算安排{m('sangong_total', fig['sangong_total'])}"
    text = f"{head}。其中：{out_text}；{veh_text}；{rec_text}。"
    if ctx.prior is not None:
        text += f"{_change(doc, ctx, 'sangong_total', fig['sangong_total'], ctx.prior['sangong_total'], '“三公”经费总额' if style.quote[0] == '“' else '三公经费总额')}，{_reason(ctx)}。"
        if rng.random() < 0.3 and not typo:
            text += f"{_change(doc, ctx, 'sangong_reception', ctx.fig['sangong_reception'], ctx.prior['sangong_reception'], labels['sangong_reception'])}。"
    doc.para(text)
    if "sangong" in style.tables and not typo:
        _sangong_table(doc, ctx, fig)


def _sangong_table(doc, ctx, fig):
    labels, m = ctx.style.labels, doc.money
    header = [[Cell("项目", rowspan=2), Cell("合计", rowspan=2), Cell(labels["sangong_outbound"], rowspan=2),
               Cell(labels["sangong_vehicle_total"], colspan=3), Cell(labels["sangong_reception"], rowspan=2)],
              [Cell(continued=True), Cell(continued=True), Cell(continued=True), Cell("小计"), Cell("购置费"),
               Cell("运行费"), Cell(continued=True)]]
    rows = []
    sources = []
    if ctx.kind == "final" and ctx.budget is not None:
        sources.append((f"{ctx.year}年预算数", ctx.budget, "budget"))
    sources.append((f"{ctx.year}年{'预算数' if ctx.kind == 'budget' else '决算数'}", fig, ctx.kind))
    for label, values, kind in sources:
        row = [Cell(label)]
        for metric in ("sangong_total", "sangong_outbound", "sangong_vehicle_total", "sangong_vehicle_purchase",
                       "sangong_vehicle_operation", "sangong_reception"):
            row.append(Cell(m(metric, values[metric], kind=kind, in_table=True)))
        rows.append(row)
    doc.table(Table(f"{ctx.year}年{doc.q('三公')}经费{'预算' if ctx.kind == 'budget' else '决算'}表",
                    f"单位：{doc.unit_word()}", header, rows))


def _glossary(doc, ctx):
    doc.heading("五、名词解释")
    doc.para(f"{doc.q('三公')}经费：指部门用财政拨款安排的因公出国{doc.p('境')}费、公务用车购置及运行费和公务接待费。")
    doc.para("机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。")
