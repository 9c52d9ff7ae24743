#!/usr/bin/env python3
"""Peer values for FiscalReports' LogLogRegression: statsmodels OLS of log(y) on log(x1), log(x2).

Writes loglog.csv (inputs) and loglog-expected.csv
(coefficients, standard errors, R², adjusted R², sigma, studentized residuals).
Run from the repository root: source Scripts/lib/venv.sh && fiscal_venv && $FISCAL_PYTHON Tests/FiscalReportsTests/Fixtures/regression/generate.py
"""
import os
import numpy as np
import statsmodels.api as sm
from statsmodels.stats.outliers_influence import OLSInfluence

here = os.path.dirname(os.path.abspath(__file__))
out = here
rng = np.random.default_rng(20140466)
n = 14
population = np.round(np.exp(rng.uniform(np.log(4e5), np.log(1.2e7), n)))
staff = np.round(np.exp(rng.uniform(np.log(8), np.log(400), n)))
y = np.exp(1.5 + 0.35 * np.log(population) + 0.8 * np.log(staff) + rng.normal(0, 0.3, n))
y[3] *= 4.0  # a planted outlier
y = np.round(y, 2)
with open(os.path.join(out, "loglog.csv"), "w") as f:
    f.write("y,population,staff\n")
    for a, b, c in zip(y, population, staff):
        f.write(f"{a:.2f},{b:.0f},{c:.0f}\n")
X = sm.add_constant(np.column_stack([np.log(population), np.log(staff)]))
fit = sm.OLS(np.log(y), X).fit()
student = OLSInfluence(fit).resid_studentized_internal
with open(os.path.join(out, "loglog-expected.csv"), "w") as f:
    f.write("name,value\n")
    for i, name in enumerate(["intercept", "population", "staff"]):
        f.write(f"coef_{name},{float(fit.params[i])!r}\n")
        f.write(f"se_{name},{float(fit.bse[i])!r}\n")
    f.write(f"r2,{float(fit.rsquared)!r}\n")
    f.write(f"adj_r2,{float(fit.rsquared_adj)!r}\n")
    f.write(f"sigma,{float(np.sqrt(fit.scale))!r}\n")
    for i, r in enumerate(student):
        f.write(f"student_{i},{float(r)!r}\n")
