"""Plans, plants and writes the corpus with its ground truth.

Every random choice comes from a `random.Random` seeded with the corpus seed and a stable key
(region, line, year, kind), so a document does not change when others are added and the same
seed always writes the same bytes.
"""

import copy
import csv
import gzip
import io
import math
import os
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .agencies import LINES, LINES_BY_KEY
from .content import DocContext, build_document
from .gazetteer import SEED_CODES, model_size
from .model import UnitModel, recompute_sangong, recompute_totals
from .phrasing import choose_style
from .render import encode_text, render_docx, render_html, render_text
from .traditional import mirror_text

LINES_PER_REGION = 3
DROP_RATE = 0.02
RATES = {  # chance per primary document
    "sangong_sum": 0.012, "vehicle_sum": 0.006, "basic_sum": 0.004, "function_sum": 0.005,
    "unit_typo": 0.008, "missing_count": 0.016, "peer_outlier": 0.016,
}
JUMP_RATE = 0.008   # chance per agency-year (both the budget and the final jump)
MIRROR_RATE = 0.012
DUPLICATE_RATE = 0.005
FACT_COLUMNS = ["file", "metric", "category", "value_yuan_or_count", "year", "kind", "origin"]
ANOMALY_COLUMNS = ["file", "agency", "year", "kind", "anomaly_type", "metric", "category",
                   "planted_value", "correct_value", "note"]
DOCUMENT_COLUMNS = ["file", "region", "region_code", "province", "level", "agency", "agency_type",
                    "year", "kind", "scope", "format", "layout", "encoding", "unit", "duplicate_of", "planted"]


@dataclass
class Unit:
    region: dict
    line: object
    copy: int
    model: UnitModel = None

    @property
    def key(self):
        return f"{self.region['code']}:{self.line.key}:{self.copy}"

    def agency(self, year):
        era = self.line.era(year)
        name = self.region["name"] + era.suffix
        if self.copy == 1:
            return name + "（汇总）"
        if self.copy > 1:
            return f"{name}直属单位{self.copy - 1}"
        return name

    def slug(self, year):
        era = self.line.era(year)
        return era.slug + ("" if self.copy == 0 else "-consolidated" if self.copy == 1 else f"-unit{self.copy - 1}")


@dataclass
class Written:
    file: str
    facts: list
    meta: dict
    anomalies: list = field(default_factory=list)
    doc: object = None


def lines_for(region, scale, per_region=LINES_PER_REGION):
    """How many agency lines a region gets: `per_region` (3) for prefectures and seed regions, one
    fewer for counties (at least one)."""
    prefecture_like = region["level"] == "prefecture" or region["code"] in SEED_CODES
    base = per_region if prefecture_like else max(1, per_region - 1)
    return min(len(LINES), base * scale)


def assign_lines(regions, seed, scale, per_region=LINES_PER_REGION):
    """Spreads the agency lines over regions so every line appears; seed regions get 信访局."""
    rng = random.Random(f"{seed}:lines")
    keys = [line.key for line in LINES]
    rng.shuffle(keys)
    cursor = 0
    assignment = {}
    for region in regions:
        chosen = ["petitions"] if region["code"] in SEED_CODES else []
        wanted = len(LINES) if scale is None else lines_for(region, scale, per_region)
        while len(chosen) < wanted:
            key = keys[cursor % len(keys)]
            cursor += 1
            if key not in chosen:
                chosen.append(key)
        assignment[region["code"]] = chosen
    return assignment


def plan_units(regions, seed, scale, per_region=LINES_PER_REGION):
    """The agency units of a corpus of `scale` (1 = the committed corpus)."""
    copies = max(1, math.ceil(per_region * scale / len(LINES)))
    units = []
    for copy_index in range(copies):
        assignment = assign_lines(regions, seed, scale if copy_index == 0 else None, per_region)
        for region in regions:
            for key in assignment[region["code"]]:
                units.append(Unit(region, LINES_BY_KEY[key], copy_index))
    return units


def _format_choice(rng):
    roll = rng.random()
    if roll < 0.55:
        fmt = "txt"
        layout = rng.choice("abcde")
        encoding = rng.choices(["utf-8", "utf-8-bom", "gb18030", "utf-16le-bom"], [70, 10, 15, 5])[0]
        return fmt, layout, encoding
    if roll < 0.8:
        return "docx", "a", "ooxml"
    return "html", "b", "utf-8"


def _plant_jump(unit, year, rng):
    """Multiplies one agency-year's reception or project spending; returns anomaly templates."""
    rows = []
    figures = unit.model.figures[year]
    if rng.random() < 0.5:
        factor = rng.uniform(4, 7)
        for kind in ("budget", "final"):
            fig = figures[kind]
            before = fig["sangong_reception"]
            fig["sangong_reception"] = int(round(before * factor))
            if kind == "final":
                fig["reception_persons"] = max(1, round(fig["reception_persons"] * factor))
                fig["reception_batches"] = max(1, round(fig["reception_batches"] * factor))
            recompute_sangong(fig)
            rows.append((kind, "yoy_jump", "sangong_reception", "", fig["sangong_reception"], before,
                         f"reception ×{factor:.1f} in one year"))
    else:
        factor = rng.uniform(2.5, 4)
        for kind in ("budget", "final"):
            fig = figures[kind]
            before = fig["expenditure_total"]
            recompute_totals(fig, int(round(fig["expenditure_project"] * (factor - 1))))
            rows.append((kind, "yoy_jump", "expenditure_total", "", fig["expenditure_total"], before,
                         f"project spending ×{factor:.1f} in one year"))
    return rows


def _plant_outlier(fig, rng):
    fig = copy.deepcopy(fig)
    if fig.get("vehicles_count", 0) >= 2 and rng.random() < 0.5:
        before = fig["vehicles_count"]
        fig["vehicles_count"] = max(1, round(fig["sangong_vehicle_operation"] * 100 / rng.uniform(160000, 260000)))
        if fig["vehicles_count"] < before:
            return fig, ("peer_outlier", "vehicles_count", "", fig["vehicles_count"], before,
                         "vehicle operation per vehicle far above peers")
        fig["vehicles_count"] = before
    before = fig["reception_persons"]
    fig["reception_persons"] = max(1, round(fig["sangong_reception"] * 100 / rng.uniform(380, 460)))
    fig["reception_batches"] = max(1, min(fig["reception_batches"], fig["reception_persons"]))
    return fig, ("peer_outlier", "reception_persons", "", fig["reception_persons"], before,
                 "reception per person-time far above peers (≈400 yuan)")


def _value_text(value, metric):
    if value is None:
        return ""
    if metric.startswith(("reception_", "outbound_", "vehicles_", "staff_", "retirees")):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.2f}"
    return f"{value * 100}.00"


# Agency-years for which Datasets/seeds holds the real disclosure (region code, line, year, kind).
REAL_DOCUMENTS = {("320481", "petitions", 2014, "final")}


def build_corpus(regions, seed, scale, max_documents=None, per_region=LINES_PER_REGION):
    """Builds every document in memory-light batches and yields `Written` records."""
    units = plan_units(regions, seed, scale, per_region)
    count = 0
    for unit in units:
        rng = random.Random(f"{seed}:unit:{unit.key}")
        reform_year = random.Random(f"{seed}:reform:{unit.region['code']}").choice([2015, 2016, 2017])
        unit.model = UnitModel(unit.line, model_size(unit.region, random.Random(f"{seed}:size:{unit.region['code']}")),
                               reform_year, rng)
        jumps = {}
        for year in range(max(2013, unit.line.first_year + 1), unit.line.last_year + 1):
            if random.Random(f"{seed}:jump:{unit.key}:{year}").random() < JUMP_RATE:
                jumps[year] = _plant_jump(unit, year, random.Random(f"{seed}:jumpsize:{unit.key}:{year}"))
        for year in range(unit.line.first_year, unit.line.last_year + 1):
            for kind in ("budget", "final"):
                if max_documents is not None and count >= max_documents:
                    return
                drng = random.Random(f"{seed}:doc:{unit.key}:{year}:{kind}")
                if drng.random() < DROP_RATE and unit.region["code"] not in SEED_CODES:
                    continue
                if unit.copy == 0 and (unit.region["code"], unit.line.key, year, kind) in REAL_DOCUMENTS:
                    continue  # a real disclosure exists for this agency-year: never stand in for it
                count += 1
                yield _write_one(unit, year, kind, drng, jumps.get(year, []))


def _write_one(unit, year, kind, rng, jump_rows):
    fmt, layout, encoding = _format_choice(rng)
    style = choose_style(rng, fmt)
    fig = unit.model.figures[year][kind]
    planted, model_rows = {}, [row for row in jump_rows if row[0] == kind]
    if not model_rows:
        roll = rng.random()
        acc = 0.0
        for name, rate in RATES.items():
            acc += rate
            if roll < acc:
                planted[name] = True
                break
    if planted.get("unit_typo"):
        style.unit = "万元"
    if planted.get("vehicle_sum") and not fig["vehicles_count"]:
        planted = {"sangong_sum": True}
    if planted.get("missing_count") or planted.get("peer_outlier"):
        if kind != "final":
            planted = {}
    bases = {"sangong_sum": fig["sangong_total"], "vehicle_sum": fig["sangong_vehicle_total"],
             "basic_sum": fig["expenditure_basic"], "function_sum": fig["functions"][0][2]}
    for name, base_value in bases.items():
        if planted.get(name):
            # 1–12万元 off, never making the stated figure negative or less than a third of itself.
            delta = rng.randint(100, 1200)
            planted[name] = -delta if base_value - delta > base_value / 3 and rng.random() < 0.5 else delta
    if planted.get("peer_outlier"):
        fig, outlier = _plant_outlier(fig, rng)
        model_rows.append((kind,) + outlier)
    prior = unit.model.figures.get(year - 1, {}).get(kind) if year > unit.line.first_year else None
    budget = unit.model.figures[year]["budget"] if kind == "final" else None
    agency = unit.agency(year)
    region = unit.region
    base = f"{year}-{kind}-{unit.slug(year)}"
    ext = {"txt": "txt", "docx": "docx", "html": "html"}[fmt]
    file = f"docs/{region['code']}-{region['slug']}/{base}.{ext}"
    ctx = DocContext(file=file, agency=agency, line=unit.line, year=year, kind=kind, fig=fig, prior=prior,
                     budget=budget, style=style, planted=planted, rng=rng)
    doc, render_rows = build_document(ctx)
    if fmt == "txt":
        data = encode_text(render_text(doc, layout, rng), encoding)
    elif fmt == "docx":
        data = render_docx(doc, rng)
    else:
        data = render_html(doc, rng).encode("utf-8")
    anomalies = []
    for row in model_rows:
        _, kind_name, metric, category, planted_value, correct, note = row
        anomalies.append(_anomaly(file, agency, year, kind, kind_name, metric, category, planted_value, correct, note))
    for kind_name, metric, category, planted_value, correct, note in render_rows:
        anomalies.append(_anomaly(file, agency, year, kind, kind_name, metric, category, planted_value, correct, note))
    meta = {"file": file, "region": region["name"], "region_code": region["code"], "province": region["province"],
            "level": region["level"], "agency": agency, "agency_type": unit.line.key, "year": year, "kind": kind,
            "scope": "consolidated" if unit.copy == 1 else "unit", "format": fmt, "layout": layout,
            "encoding": encoding, "unit": style.unit, "duplicate_of": "",
            "planted": ";".join(sorted({a["anomaly_type"] for a in anomalies}))}
    written = Written(file, list(doc.fact_rows()), meta, anomalies, doc)
    written.data = data
    written.rng_key = f"{unit.key}:{year}:{kind}"
    written.unit_key = unit.key
    return written


def _anomaly(file, agency, year, kind, anomaly_type, metric, category, planted, correct, note):
    return {"file": file, "agency": agency, "year": year, "kind": kind, "anomaly_type": anomaly_type,
            "metric": metric, "category": category, "planted_value": _value_text(planted, metric),
            "correct_value": _value_text(correct, metric), "note": note}


def mirrors_and_duplicates(written, seed):
    """Mirror copies (Traditional/pinyin, layout f) and exact duplicates of some clean documents."""
    extra = []
    rng = random.Random(f"{seed}:mirror:{written.rng_key}")
    if written.anomalies:
        return extra
    roll = rng.random()
    meta = written.meta
    if roll < MIRROR_RATE:
        with_pinyin = rng.random() < 0.75
        transform = lambda text, r=random.Random(f"{seed}:pinyin:{written.rng_key}"): mirror_text(text, r, with_pinyin)
        as_text = rng.random() < 0.25
        stem = Path(written.file).stem
        if as_text:
            file = f"mirror/{meta['region_code']}/{stem}.txt"
            data = render_text(written.doc, rng.choice("abd"), rng, transform).encode("utf-8")
            fmt, encoding = "txt", "utf-8"
        else:
            file = f"mirror/{meta['region_code']}/{stem}.html"
            data = render_html(written.doc, rng, transform).encode("utf-8")
            fmt, encoding = "html", "utf-8"
        extra.append(_copy_record(written, file, data, fmt, "f", encoding, "duplicate_mirror",
                                  "mirror copy (Traditional" + (", pinyin" if with_pinyin else "") + f") of {written.file}"))
    elif roll < MIRROR_RATE + DUPLICATE_RATE:
        path = Path(written.file)
        file = str(path.with_name(path.stem + "-copy" + path.suffix))
        extra.append(_copy_record(written, file, written.data, meta["format"], meta["layout"], meta["encoding"],
                                  "duplicate_exact", f"byte-identical copy of {written.file}"))
    return extra


def _copy_record(written, file, data, fmt, layout, encoding, anomaly_type, note):
    meta = dict(written.meta)
    meta.update({"file": file, "format": fmt, "layout": layout, "encoding": encoding,
                 "duplicate_of": written.file, "planted": anomaly_type})
    facts = [(file,) + row[1:] for row in written.facts]
    anomaly = _anomaly(file, meta["agency"], meta["year"], meta["kind"], anomaly_type, "", "", None, None, note)
    record = Written(file, facts, meta, [anomaly], written.doc)
    record.data = data
    record.rng_key = written.rng_key + ":copy"
    record.unit_key = written.unit_key
    return record


def write_corpus(out_dir, regions, seed, scale, max_documents=None, keep_docs=True, fact_limit=3_000_000,
                 per_region=LINES_PER_REGION):
    """Writes documents and ground truth under `out_dir`; returns the written records.

    With `keep_docs` false (large benchmark corpora) records keep only their metadata and
    anomalies, and facts stream to disk, so memory stays flat at any size.
    """
    out = Path(out_dir)
    for sub in ("docs", "mirror", "ground-truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    truth = out / "ground-truth"
    truth.mkdir(parents=True, exist_ok=True)
    staging = truth / "facts.csv.partial"
    documents, anomalies, records = [], [], []
    with open(staging, "w", encoding="utf-8", newline="") as facts_handle:
        facts_writer = csv.writer(facts_handle, lineterminator="\n")
        facts_writer.writerow(FACT_COLUMNS)
        for written in build_corpus(regions, seed, scale, max_documents, per_region):
            for record in [written] + mirrors_and_duplicates(written, seed):
                path = out / record.file
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(record.data)
                facts_writer.writerows(record.facts)
                documents.append(record.meta)
                anomalies.extend(record.anomalies)
                record.data = None
                record.fact_count = len(record.facts)
                if not keep_docs:
                    record.doc = None
                    record.facts = []
                records.append(record)
    _write_csv(truth / "documents.csv", DOCUMENT_COLUMNS, documents)
    _write_csv(truth / "anomalies.csv", ANOMALY_COLUMNS, anomalies)
    if staging.stat().st_size <= fact_limit:
        staging.rename(truth / "facts.csv")
    else:
        with open(staging, "rb") as source, open(truth / "facts.csv.gz", "wb") as raw:
            with gzip.GzipFile(filename="facts.csv", mode="wb", fileobj=raw, mtime=0) as handle:
                shutil.copyfileobj(source, handle)
        staging.unlink()
    return records


def _write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
