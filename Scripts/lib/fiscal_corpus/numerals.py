"""How disclosures write numbers (VOCABULARY §5): 万元 or 元, commas, trimmed zeros, full width."""

from decimal import Decimal

_FULLWIDTH = str.maketrans("0123456789.,%():", "０１２３４５６７８９．，％（）：")
_CN_DIGITS = "〇一二三四五六七八九"


def wan_text(amount_units, commas=False, trim=False):
    """Units of 0.01万元 as 万元 text: 294159 → "2941.59" ("2,941.59" with commas)."""
    whole, cents = divmod(amount_units, 100)
    head = f"{whole:,}" if commas else str(whole)
    text = f"{head}.{cents:02d}"
    if trim:
        text = text.rstrip("0").rstrip(".")
    return text


def yuan_text(amount_units, commas=False, decimals=False):
    """Units of 0.01万元 as 元 text: 294159 → "29415900" ("29,415,900.00" with both options)."""
    yuan = amount_units * 100
    text = f"{yuan:,}" if commas else str(yuan)
    return text + ".00" if decimals else text


def yuan_value(amount_units):
    """The exact yuan value (Decimal) of an amount in units of 0.01万元."""
    return Decimal(amount_units) * 100


def fullwidth(text):
    """Digits and number punctuation as full-width characters (０-９ ， ． ％ （ ） ：)."""
    return text.translate(_FULLWIDTH)


def chinese_year(year, zero="〇"):
    """2017 → 二〇一七 (or with ○ as the zero)."""
    return "".join(zero if d == "0" else _CN_DIGITS[int(d)] for d in str(year))


def percent_text(numerator, denominator):
    """A one-decimal percentage such as "98.6", or None when the denominator is zero."""
    if denominator <= 0:
        return None
    value = (Decimal(numerator) * 1000 / Decimal(denominator)).quantize(Decimal(1))
    return f"{value / 10:.1f}"
