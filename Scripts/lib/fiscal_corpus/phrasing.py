"""Label variants and style choices (VOCABULARY §2–§5), drawn per document."""

from .document import Style

LABELS = {
    "sangong_outbound": ["因公出国{l}境{r}费", "因公出国{l}境{r}经费", "因公出国{l}境{r}费用", "因公出国费"],
    "sangong_vehicle_total": ["公务用车购置及运行{l}维护{r}费", "公务用车购置及运行维护费", "公务用车购置及运行费",
                              "公车购置及运行费", "公务用车费", "公务用车购置及运维费"],
    "sangong_vehicle_purchase": ["公务用车购置费", "公车购置费", "车辆购置费"],
    "sangong_vehicle_operation": ["公务用车运行{l}维护{r}费", "公务用车运行维护费", "公务用车运行费", "公车运行维护费",
                                  "车辆运行费"],
    "sangong_reception": ["公务接待费", "接待费", "公务接待费用"],
    "staff_authorized": ["编制数", "编制"],
    "staff_actual": ["实有人数", "实有在职人员", "在职人数"],
    "retirees": ["退休人员", "离退休人数"],
    "revenue_total_budget": ["预算收入", "收入总预算", "收支总预算", "部门经费预算"],
    "revenue_general_budget": ["一般公共预算财政拨款收入", "一般公共预算收入", "公共财政预算拨款", "财政补助收入"],
    "expenditure_total_budget": ["支出预算", "支出总计"],
    "expenditure_total_final": ["资金决算支出", "支出决算", "支出总计"],
    "expenditure_project": ["项目支出", "项目专项经费", "专项工作经费"],
    "expenditure_public_use": ["公用经费", "日常公用经费"],
    "operating_expenses": ["机关运行经费", "行政经费", "机构运行经费"],
}

QUOTES = [("“", "”"), ('"', '"'), ("「", "」"), ("", "")]
CHANGE_WORDS = ["较上年", "比上年", "同比", "与上年相比", "较{prior}年"]


def choose_style(rng, fmt):
    """Draws the figure-writing style of one document; `fmt` is txt, docx or html."""
    paren = ("（", "）") if rng.random() < 0.7 else ("(", ")")
    labels = {}
    for metric, variants in LABELS.items():
        labels[metric] = rng.choice(variants).format(l=paren[0], r=paren[1])
    unit = "元" if rng.random() < 0.08 else "万元"
    tables = set()
    for name, chance in (("summary", 0.45), ("functions", 0.5), ("sangong", 0.45), ("staff", 0.3)):
        if rng.random() < chance:
            tables.add(name)
    return Style(
        unit=unit,
        commas=rng.random() < 0.3,
        trim=unit == "万元" and rng.random() < 0.35,
        zero=rng.choice(["0", "0", "0.00", "0元"]) if unit == "万元" else "0",
        quote=rng.choice(QUOTES),
        paren=paren,
        change_word=rng.choice(CHANGE_WORDS),
        fullwidth=fmt == "txt" and rng.random() < 0.12,
        chinese_year_title=rng.random() < 0.15,
        tables=frozenset(tables),
        labels=labels,
    )
