# Generates trend_reference.json: statsmodels OLS trend lines (linear, log-linear, level-shift
# dummy) and scipy t-based budget-to-final intervals, used by TrendLineTests and
# ForecastBudgetExecutionTests. Run: .bench/venv/bin/python Tests/FiscalStatisticsTests/Fixtures/trend_reference.py
import json, os
import numpy as np
import statsmodels.api as sm
from scipy import stats

years = list(range(2012, 2023))
y = [812.4, 856.1, 901.7, 887.3, 954.2, 1012.8, 998.4, 1075.6, 1121.3, 1098.7, 1163.0]
out = {"years": years, "y": y, "lines": [], "execution": {}}
t = np.asarray(years, dtype=float)
for scale, values in [("linear", np.asarray(y)), ("log-linear", np.log(y))]:
    for level in (80.0, 95.0):
        fit = sm.OLS(values, sm.add_constant(t)).fit()
        lo, hi = fit.conf_int(alpha=1 - level / 100)[1]
        out["lines"].append({"scale": scale, "level": level, "break": None, "slope": fit.params[1],
                             "se": fit.bse[1], "lower": lo, "upper": hi, "r2": fit.rsquared})
# Level shift from 2016 (vehicle reform): dummy regressor.
d = (t >= 2016).astype(float)
fit = sm.OLS(np.asarray(y), np.column_stack([np.ones_like(t), t, d])).fit()
lo, hi = fit.conf_int(alpha=0.05)[1]
out["lines"].append({"scale": "linear", "level": 95.0, "break": 2016, "slope": fit.params[1], "se": fit.bse[1],
                     "lower": lo, "upper": hi, "r2": fit.rsquared, "shift": fit.params[2]})
# Budget to final: log ratios, t prediction interval.
budget = [100.0, 120.0, 90.0, 150.0, 130.0]
final = [96.0, 118.0, 95.0, 139.0, 131.0]
logs = np.log(np.asarray(final) / np.asarray(budget))
n = len(logs); m = logs.mean(); s = logs.std(ddof=1)
new_budget = 140.0
intervals = {}
for level in (80.0, 95.0):
    q = stats.t.ppf(0.5 + level / 200, n - 1)
    intervals[str(int(level))] = [new_budget * np.exp(m - q * s * np.sqrt(1 + 1 / n)),
                                   new_budget * np.exp(m + q * s * np.sqrt(1 + 1 / n))]
out["execution"] = {"budget": budget, "final": final, "new_budget": new_budget,
                    "point": new_budget * np.exp(m), "intervals": intervals}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trend_reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", path)
