"""Generates arima_reference.json: statsmodels SARIMAX (ARMA on the differences) fits of fixed orders on a few M3 yearly
series (training part), exact likelihood, forecasts and 95 % bounds for the original series.

Run: source Scripts/lib/venv.sh && fiscal_venv && $FISCAL_PYTHON arima_reference.py
"""
import csv, json, os, warnings
import numpy as np
from statsmodels.tsa.statespace.sarimax import SARIMAX

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = "/work/shared/reference/m3/m3_yearly_odd.csv"
series = {}
with open(data) as f:
    for row in csv.DictReader(f):
        if row["is_holdout"] == "0":
            series.setdefault(row["series_id"], []).append(float(row["value"]))
cases = [("N0001", 1, 0, 0, True), ("N0003", 0, 1, 1, True), ("N0005", 1, 1, 0, True),
         ("N0007", 2, 1, 0, False), ("N0009", 0, 1, 1, False), ("N0011", 1, 2, 1, False)]
out = []
for sid, p, d, q, constant in cases:
    y = np.array(series[sid])
    x = np.diff(y, n=d) if d else y
    # ARMA on the differenced series: the same likelihood the Swift code maximizes.
    # ARIMA(...).fit() stops short of the optimum when the mean is large; Nelder-Mead then BFGS does not.
    model = SARIMAX(x, order=(p, 0, q), trend="c" if constant else "n")
    first = model.fit(disp=0, method="nm", maxiter=20000, xtol=1e-10, ftol=1e-12)
    res = model.fit(disp=0, start_params=first.params, method="bfgs", maxiter=2000)
    names = list(res.model.param_names)
    params = dict(zip(names, res.params))
    fc = res.get_forecast(6)
    # Integrate forecasts and the full error covariance to the original scale.
    mean_x = fc.predicted_mean
    cov = fc.var_pred_mean if False else None
    ssm = res.filter_results
    h = 6
    # Error covariance of x forecasts from the state space: simulate via the model's impulse responses.
    T = ssm.transition[:, :, 0]; Z = ssm.design[0, :, 0]; R = ssm.selection[:, :, 0]; Q = ssm.state_cov[:, :, 0]
    P = [ssm.predicted_state_cov[:, :, -1]]
    for _ in range(h - 1):
        P.append(T @ P[-1] @ T.T + R @ Q @ R.T)
    C = np.zeros((h, h))
    for i in range(h):
        M = P[i]
        for j in range(i, h):
            C[i, j] = C[j, i] = Z @ M @ Z
            M = T @ M
    W = np.tril(np.ones((h, h)))
    mean = mean_x.copy(); cov = C.copy(); last = y
    for level in range(d, 0, -1):
        lower = np.diff(y, n=level - 1) if level > 1 else y
        mean = lower[-1] + np.cumsum(mean)
        cov = W @ cov @ W.T
    sd = np.sqrt(np.diag(cov))
    out.append({
        "id": sid, "p": p, "d": d, "q": q, "constant": constant, "y": list(y),
        "ar": [params[f"ar.L{i}"] for i in range(1, p + 1)],
        "ma": [params[f"ma.L{i}"] for i in range(1, q + 1)],
        "mean": params["intercept"] / (1 - sum(params[f"ar.L{i}"] for i in range(1, p + 1))) if constant else None, "sigma2": params["sigma2"], "loglik": res.llf,
        "forecast": list(mean), "lower95": list(mean - 1.959963984540054 * sd), "upper95": list(mean + 1.959963984540054 * sd),
    })
with open(os.path.join(here, "arima_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
