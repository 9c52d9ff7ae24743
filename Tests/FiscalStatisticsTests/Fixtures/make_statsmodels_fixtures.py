"""Generates the statsmodels reference results the regression tests compare against.

Run from this folder with a Python that has numpy, pandas and statsmodels:
    python make_statsmodels_fixtures.py
It writes regression_panel.csv (the data) and statsmodels_regression.json (the results).
"""
import json
import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf

rng = np.random.default_rng(20240601)
regions = ["华北", "华东", "西南", "东北"]
rows = []
for city in range(30):
    region = regions[city % 4]
    base_pop = rng.uniform(50, 900)
    density = rng.uniform(0.5, 4.0)
    city_effect = rng.normal(0, 40)
    for year in range(2016, 2024):
        if rng.uniform() < 0.08:
            continue  # unbalanced panel
        population = base_pop * (1 + 0.01 * (year - 2016)) * rng.uniform(0.97, 1.03)
        staff = 20 + 0.15 * population + rng.normal(0, 8)
        noise = rng.normal(0, 1) * (5 + 0.02 * population)  # heteroskedastic
        spending = (120 + 35 * np.log(population) + 1.8 * staff + 4.0 * (year - 2016)
                    + 12 * regions.index(region) + 9 * density - 1.5 * density ** 2 + city_effect + noise)
        rows.append(dict(city=f"C{city:02d}", region=region, year=year, population=population,
                         staff=staff, density=density, spending=spending,
                         weight=population / 100))
df = pd.DataFrame(rows)
# Three rows with a missing staff count: both sides must drop them.
missing_rows = [5, 77, 150]
df.loc[missing_rows, "staff"] = np.nan
df.to_csv("regression_panel.csv", index=False, float_format="%.17g", na_rep="")
complete = df.dropna().reset_index(drop=True)


def summary(res, influence=False):
    out = dict(
        params=dict(res.params), bse=dict(res.bse), pvalues=dict(res.pvalues),
        conf_int_lower=dict(res.conf_int()[0]), conf_int_upper=dict(res.conf_int()[1]),
        rsquared=res.rsquared, rsquared_adj=res.rsquared_adj, ssr=res.ssr,
        llf=res.llf, aic=res.aic, bic=res.bic, df_resid=res.df_resid, df_model=res.df_model,
        nobs=res.nobs, scale=res.scale, condition_number=res.condition_number,
    )
    try:
        out["fvalue"] = float(np.squeeze(res.fvalue))
        out["f_pvalue"] = float(np.squeeze(res.f_pvalue))
    except Exception:
        pass
    if influence:
        inf = res.get_influence()
        out["hat"] = list(inf.hat_matrix_diag)
        out["studentized_internal"] = list(inf.resid_studentized_internal)
        out["cooks_distance"] = list(inf.cooks_distance[0])
    return out


def fit(formula, data, weights=None, cov="nonrobust", groups=None, influence=False):
    model = smf.wls(formula, data, weights=data[weights]) if weights else smf.ols(formula, data)
    if cov == "cluster":
        res = model.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(data[groups])[0]}, use_t=True)
    elif cov == "nonrobust":
        res = model.fit()
    else:
        res = model.fit(cov_type=cov, use_t=True)
    return summary(res, influence)


base = "spending ~ np.log(population) + staff + C(region) + year"
results = {}
for cov in ["nonrobust", "HC0", "HC1", "HC2", "HC3"]:
    results[f"ols_{cov}"] = fit(base, complete, cov=cov, influence=(cov == "nonrobust"))
for cov in ["nonrobust", "HC1", "HC3"]:
    results[f"wls_{cov}"] = fit(base, complete, weights="weight", cov=cov)
results["ols_cluster"] = fit("spending ~ staff + np.log(population)", complete, cov="cluster", groups="city")
results["fe_entity_nonrobust"] = fit("spending ~ staff + np.log(population) + C(city)", complete)
results["fe_entity_cluster"] = fit("spending ~ staff + np.log(population) + C(city)", complete, cov="cluster", groups="city")
results["fe_entity_HC1"] = fit("spending ~ staff + np.log(population) + C(city)", complete, cov="HC1")
results["fe_entity_HC3"] = fit("spending ~ staff + np.log(population) + C(city)", complete, cov="HC3")
results["fe_twoway_nonrobust"] = fit("spending ~ staff + np.log(population) + C(city) + C(year)", complete)
results["fe_twoway_cluster"] = fit("spending ~ staff + np.log(population) + C(city) + C(year)", complete, cov="cluster", groups="city")
results["fe_entity_wls"] = fit("spending ~ staff + np.log(population) + C(city)", complete, weights="weight")
results["interaction"] = fit("spending ~ staff * C(region)", complete, cov="HC2")
results["no_intercept"] = fit("spending ~ 0 + staff + np.log(population)", complete)
results["poly"] = fit("spending ~ density + I(density ** 2) + staff", complete)

with open("statsmodels_regression.json", "w") as f:
    json.dump(dict(statsmodels=statsmodels.__version__, numpy=np.__version__, models=results),
              f, indent=1, ensure_ascii=False)
print(len(df), "rows,", len(complete), "complete")
