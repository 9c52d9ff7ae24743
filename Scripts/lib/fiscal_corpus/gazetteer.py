"""Reads `Datasets/regions.csv` (real names, codes and sourced populations)."""

import csv
import math

# File-name slugs (pinyin) by administrative code.
SLUGS = {
    "131000": "langfang", "131082": "sanhe", "131081": "bazhou", "131022": "guan",
    "130600": "baoding", "130681": "zhuozhou", "320400": "changzhou", "320481": "liyang",
    "320800": "huaian", "320281": "jiangyin", "320583": "kunshan", "330500": "huzhou",
    "330522": "changxing", "330523": "anji", "331022": "sanmen", "330782": "yiwu",
    "340200": "wuhu", "350500": "quanzhou", "350582": "jinjiang", "360200": "jingdezhen",
    "360222": "fuliang", "360281": "leping", "410800": "jiaozuo", "410882": "qinyang",
    "410883": "mengzhou", "430100": "changsha", "430181": "liuyang", "430121": "changsha-county",
    "510700": "mianyang", "510781": "jiangyou", "610300": "baoji", "500103": "yuzhong",
}

SEED_CODES = ("131000", "320481")  # 廊坊市 and 溧阳市, the regions of the two real seeds


def read_regions(path):
    """The gazetteer rows as dicts, in file order."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["slug"] = SLUGS.get(row["code"], row["code"])
    return rows


def model_size(region, rng):
    """The population the spending model scales with.

    The sourced census figure when the gazetteer has one; otherwise a synthetic size drawn by
    level (never written back to the gazetteer, and labeled synthetic in the README).
    """
    if region["population"]:
        return float(region["population"])
    if region["level"] == "prefecture":
        return 4.0e6 * math.exp(rng.gauss(0, 0.35))
    return 0.8e6 * math.exp(rng.gauss(0, 0.3))


PROVINCE_PREFIXES = {
    "13": "河北省", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省",
    "41": "河南省", "43": "湖南省", "50": "重庆市", "51": "四川省", "61": "陕西省",
}


def check_regions(regions):
    """Problems with the gazetteer: codes, provinces, levels and population sources."""
    problems = []
    codes = set()
    for number, row in enumerate(regions, start=2):
        where = f"regions.csv line {number} ({row['name']})"
        code = row["code"]
        if len(code) != 6 or not code.isdigit():
            problems.append(f"{where}: code {code!r} is not 6 digits")
        if code in codes:
            problems.append(f"{where}: duplicate code {code}")
        codes.add(code)
        if PROVINCE_PREFIXES.get(code[:2]) != row["province"]:
            problems.append(f"{where}: code {code} does not belong to {row['province']}")
        if row["level"] not in ("prefecture", "county"):
            problems.append(f"{where}: level {row['level']!r}")
        if row["level"] == "prefecture" and (not code.endswith("00") or row["prefecture"] != row["name"]):
            problems.append(f"{where}: a prefecture must end in 00 and be its own prefecture")
        if row["population"]:
            if not row["population"].isdigit() or not row["population_year"] or row["population_source"] in ("", "not available"):
                problems.append(f"{where}: a population needs a year and a named source")
        elif row["population_source"] != "not available" or row["population_year"]:
            problems.append(f"{where}: no population, so the source must be 'not available'")
    by_name = {row["name"]: row for row in regions}
    for row in regions:
        parent = by_name.get(row["prefecture"])
        if row["level"] == "county" and parent is not None and parent["level"] == "prefecture" \
                and parent["code"][:4] != row["code"][:4]:
            problems.append(f"{row['name']}: code {row['code']} is not under {parent['name']} {parent['code']}")
    return problems
