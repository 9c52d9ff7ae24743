"""Generates the pandas/numpy reference outputs the FiscalFrame tests compare against.

Run from the repository root with the benchmark venv:
    source Scripts/lib/venv.sh && fiscal_venv
    "$FISCAL_PYTHON" Tests/FiscalFrameTests/Fixtures/generate_fixtures.py
"""
import os
import numpy as np
import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261202)

# A small panel: agencies (Chinese names, interleaved rows), years, values with gaps and a zero.
agencies = ["信访局", "公安局", "教育局", "财政局"]
rows = []
for year in range(2012, 2022):
    for a in agencies:
        value = round(float(rng.lognormal(6, 1)), 2)
        rows.append((a, year, value))
panel = pd.DataFrame(rows, columns=["agency", "year", "value"])
panel = panel.sample(frac=1, random_state=7).reset_index(drop=True)  # groups interleave
panel.loc[[3, 11, 12, 25], "value"] = np.nan   # missing cells
panel.loc[5, "value"] = 0.0                    # a zero base for pct_change
panel["weight"] = rng.integers(1, 9, len(panel))
panel.to_csv(os.path.join(here, "panel.csv"), index=False, float_format="%.17g")

g = panel.groupby("agency", sort=False)["value"]
window = pd.DataFrame({
    "lag1": g.shift(1),
    "lead2": g.shift(-2),
    "diff1": g.diff(1),
    "pct1": g.pct_change(1, fill_method=None),
    "cumsum": g.cumsum(),
    "roll3": g.rolling(3, min_periods=2).mean().reset_index(level=0, drop=True).sort_index(),
})
window.to_csv(os.path.join(here, "panel_window.csv"), index=False, float_format="%.17g", na_rep="NA")

agg = panel.groupby("agency", sort=False)["value"].agg(
    count="count", sum="sum", mean="mean", median="median", std="std", min="min", max="max",
    q25=lambda s: s.quantile(0.25), q90=lambda s: s.quantile(0.9)).reset_index()
agg.to_csv(os.path.join(here, "panel_groupby.csv"), index=False, float_format="%.17g", na_rep="NA")

desc = panel[["year", "value", "weight"]].describe().reset_index().rename(columns={"index": "statistic"})
desc.to_csv(os.path.join(here, "panel_describe.csv"), index=False, float_format="%.17g")

num = panel[["year", "value", "weight"]].dropna()
pd.DataFrame(np.cov(num.to_numpy().T, ddof=1), columns=num.columns).to_csv(
    os.path.join(here, "panel_cov.csv"), index=False, float_format="%.17g")
pd.DataFrame(np.corrcoef(num.to_numpy().T), columns=num.columns).to_csv(
    os.path.join(here, "panel_corr.csv"), index=False, float_format="%.17g")

wide = panel.pivot_table(index="agency", columns="year", values="value", aggfunc="sum", sort=False)
print("fixtures written;", len(panel), "panel rows")
