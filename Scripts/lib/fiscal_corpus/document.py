"""The abstract document: blocks of text and tables, and the facts each figure records.

A `Document` is built once and rendered by every format (txt layouts, .docx, .html, mirrors), so
the ground truth is recorded where a figure is written, never reconstructed afterwards.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from .numerals import wan_text, yuan_text, yuan_value


@dataclass
class Cell:
    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    continued: bool = False  # covered by a rowspan cell above


@dataclass
class Table:
    title: str
    unit_line: str
    header: list            # rows of Cells
    rows: list              # rows of Cells
    is_statement: bool = False  # carries a 行次 index column in layout (c)

    @property
    def width(self):
        return sum(cell.colspan for cell in self.header[0])


@dataclass
class Style:
    unit: str = "万元"
    commas: bool = False
    trim: bool = False
    zero: str = "0"           # "0", "0.00" or "0元" (a mixed unit inside a 万元 sentence)
    quote: tuple = ("“", "”")
    paren: tuple = ("（", "）")
    change_word: str = "较上年"
    fullwidth: bool = False
    chinese_year_title: bool = False
    tables: frozenset = frozenset()
    labels: dict = field(default_factory=dict)


class Document:
    """Blocks plus the facts their figures state, keyed like the ground truth."""

    def __init__(self, file, year, kind, style):
        self.file = file
        self.year = year
        self.kind = kind
        self.style = style
        self.blocks = []
        self.facts = {}
        self.conflicts = []

    # Blocks

    def title(self, text):
        self.blocks.append(("title", text))

    def heading(self, text):
        self.blocks.append(("heading", text))

    def para(self, text):
        self.blocks.append(("para", text))

    def table(self, table):
        self.blocks.append(("table", table))

    # Figures

    def _record(self, metric, value, category, year, kind, origin):
        key = (metric, category or "", year if year is not None else self.year, kind or self.kind)
        text = str(value)
        previous = self.facts.get(key)
        if previous is not None and previous[0] != text:
            self.conflicts.append((key, previous[0], text))
            return
        self.facts[key] = (text, origin)

    def money(self, metric, amount, category=None, year=None, kind=None, origin="stated",
              in_table=False, as_yuan_typo=False):
        """Writes an amount (units of 0.01万元) in the document's style and records its fact.

        `as_yuan_typo` writes the 万元 figure followed by 元 (VOCABULARY §5's "1.58元" typo): the
        recorded fact is what the text says, in yuan.
        """
        style = self.style
        if as_yuan_typo:
            number = wan_text(amount, commas=False, trim=style.trim)
            self._record(metric, Decimal(number).quantize(Decimal("0.01")), category, year, kind, origin)
            return number + "元"
        self._record(metric, yuan_value(amount).quantize(Decimal("0.01")), category, year, kind, origin)
        if style.unit == "元":
            number = yuan_text(amount, commas=style.commas, decimals=style.trim is False and style.commas)
            return number if in_table else number + "元"
        if amount == 0 and not in_table:
            if style.zero == "0元":
                return "0元"
            return ("0.00" if style.zero == "0.00" else "0") + "万元"
        number = wan_text(amount, commas=style.commas and amount >= 100000, trim=style.trim)
        return number if in_table else number + "万元"

    def zero_by_absence(self, metric, year=None, kind=None):
        """Records a zero stated by absence (无, 未安排, 没有配置公务车)."""
        self._record(metric, Decimal("0.00"), None, year, kind, "stated")

    def count(self, metric, value, year=None, kind=None, origin="stated"):
        self._record(metric, int(value), None, year, kind, origin)
        return str(int(value))

    def unit_word(self):
        return self.style.unit

    def q(self, text):
        """Quotes a term (“三公”) in the document's quote style."""
        left, right = self.style.quote
        return f"{left}{text}{right}"

    def p(self, text):
        """Parenthesizes in the document's style: （境） or (境)."""
        left, right = self.style.paren
        return f"{left}{text}{right}"

    def fact_rows(self, file=None):
        """Ground-truth rows: file, metric, category, value, year, kind, origin."""
        name = file or self.file
        for (metric, category, year, kind), (value, origin) in sorted(self.facts.items()):
            yield (name, metric, category, value, year, kind, origin)
