# Generates ets_reference.json: statsmodels ETSModel fits of non-seasonal ETS forms, used by
# ExponentialSmoothingTests. Run: .bench/venv/bin/python Tests/FiscalStatisticsTests/Fixtures/ets_reference.py
import json, os, warnings
import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

warnings.simplefilter("ignore")
series = {
    # M3 N0001 training years (first 14 values).
    "m3_N0001": [940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45, 2927.87,
                 3103.96, 3360.27, 3807.63, 4387.88, 4936.99],
    # A short, noisy fiscal-like series (万元).
    "agency_total": [812.4, 856.1, 901.7, 887.3, 954.2, 1012.8, 998.4, 1075.6, 1121.3, 1098.7],
}
forms = [("add", None, False), ("add", "add", False), ("add", "add", True),
         ("mul", None, False), ("mul", "add", False), ("mul", "add", True)]
out = {"statsmodels": statsmodels.__version__, "cases": []}
for name, y in series.items():
    y = pd.Series(y, index=pd.RangeIndex(len(y)), dtype=float)
    for error, trend, damped in forms:
        model = ETSModel(y, error=error, trend=trend, damped_trend=damped, initialization_method="estimated")
        fit = model.fit(disp=False, maxiter=5000)
        p = dict(zip(model.param_names, fit.params))
        pred = fit.get_prediction(start=len(y), end=len(y) + 5)
        case = {
            "series": name, "y": y.tolist(),
            "error": "A" if error == "add" else "M",
            "trend": "N" if trend is None else ("Ad" if damped else "A"),
            "alpha": p["smoothing_level"], "beta": p.get("smoothing_trend", 0.0),
            "phi": p.get("damping_trend", 1.0 if trend else 0.0),
            "l0": p["initial_level"], "b0": p.get("initial_trend", 0.0),
            "llf": fit.llf, "fitted": np.asarray(fit.fittedvalues).tolist(),
            "forecast": np.asarray(fit.forecast(6)).tolist(),
        }
        if error == "add":
            case["sigma2"] = float(np.mean(np.asarray(fit.resid) ** 2))
            case["variance"] = np.asarray(pred.var_pred_mean).tolist()
        out["cases"].append(case)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ets_reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", path)
