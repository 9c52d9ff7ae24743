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
