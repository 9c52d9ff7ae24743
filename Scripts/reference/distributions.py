#!/usr/bin/env python3
"""Generates Tests/FiscalStatisticsTests/Fixtures/distributions.json.

Reference values for the normal, Student t, chi-squared and F distributions: CDF, survival
function, quantile and inverse survival from scipy.stats, each cross-checked against mpmath at
50 significant digits. A case is kept when mpmath certifies a finite value; `scipyAgrees` says
whether scipy matches it to 1e-13 relative (scipy's F inverse survival, for one, is off by up to
1e-8 at q = 1e-10). Run: python3 Scripts/reference/distributions.py
"""
import json
import os
import sys

import mpmath as mp
import scipy
from scipy import stats

mp.mp.dps = 50

def rel(a, b):
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(b), 1e-300)

def mp_t_cdf(x, nu):
    try:
        return _mp_t_cdf(x, nu)
    except (mp.libmp.NoConvergence, ValueError):
        return mp.nan

def _mp_t_cdf(x, nu):
    x = mp.mpf(x); nu = mp.mpf(nu)
    if x == 0:
        return mp.mpf("0.5")
    # Upper tail of |x| as (1 - I_y(1/2, nu/2)) / 2, y = x^2 / (nu + x^2), at a working
    # precision raised until the tail is resolved (or is below the double range).
    if x * x > nu:
        tail = mp.betainc(nu / 2, mp.mpf("0.5"), 0, nu / (nu + x * x), regularized=True) / 2
        return tail if x < 0 else 1 - tail
    tail = mp.mpf(0)
    for dps in (60, 200, 700):
        with mp.workdps(dps):
            xx = mp.mpf(x); y = xx * xx / (nu + xx * xx)
            tail = (1 - mp.betainc(mp.mpf("0.5"), nu / 2, 0, y, regularized=True)) / 2
            if tail > mp.mpf(10) ** (30 - dps):
                break
    return tail if x < 0 else 1 - tail

def safe(fn):
    def wrapped(*args):
        try:
            return fn(*args)
        except (mp.libmp.NoConvergence, ValueError):
            return mp.nan
    return wrapped

@safe
def mp_chi2_cdf(x, k):
    return mp.gammainc(mp.mpf(k) / 2, 0, mp.mpf(x) / 2, regularized=True)

@safe
def mp_chi2_sf(x, k):
    return mp.gammainc(mp.mpf(k) / 2, mp.mpf(x) / 2, mp.inf, regularized=True)

@safe
def mp_f_cdf(x, d1, d2):
    x = mp.mpf(x); d1 = mp.mpf(d1); d2 = mp.mpf(d2)
    return mp.betainc(d1 / 2, d2 / 2, 0, d1 * x / (d1 * x + d2), regularized=True)

@safe
def mp_f_sf(x, d1, d2):
    x = mp.mpf(x); d1 = mp.mpf(d1); d2 = mp.mpf(d2)
    return mp.betainc(d2 / 2, d1 / 2, 0, d2 / (d1 * x + d2), regularized=True)

def mp_norm_cdf(x):
    return mp.ncdf(mp.mpf(x))

cases = []
dropped = 0

def add(dist, params, fn, arg, scipy_value, mp_value):
    """Keeps a case when mpmath certifies a finite value; marks whether scipy agrees."""
    global dropped
    sv = float(scipy_value)
    mv = float(mp_value) if not mp.isnan(mp_value) else float("nan")
    exact_zero = sv == 0 and mv == 0 and fn in ("quantile", "isf")
    # Subnormal values (below 2.2e-308) carry fewer than 53 bits and are left out.
    if not exact_zero and (not (2.2250738585072014e-308 <= abs(mv) < float("inf")) or mv != mv):
        dropped += 1
        print(f"dropped {dist}{params} {fn}({arg!r}): scipy {sv!r} mpmath {mv!r}", file=sys.stderr)
        return
    agrees = exact_zero or rel(sv, mv) <= 1e-13
    if not agrees:
        print(f"scipy off {dist}{params} {fn}({arg!r}): scipy {sv!r} mpmath {mv!r} "
              f"(relative {rel(sv, mv):.1e})", file=sys.stderr)
    cases.append({"distribution": dist, "parameters": params, "function": fn,
                  "argument": arg, "mpmath": mv, "scipy": sv, "scipyAgrees": agrees})

def secant(f, x0):
    x1 = x0 * (1 + mp.mpf(10) ** -12) if x0 != 0 else mp.mpf(10) ** -12
    f0, f1 = f(x0), f(x1)
    for _ in range(100):
        if f1 == f0:
            break
        x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
        x0, f0 = x1, f1
        x1, f1 = x2, f(x2)
        if abs(x1 - x0) <= abs(x1) * mp.mpf(10) ** -45:
            break
    return x1

def mp_quantile(cdf, target, guess):
    # Refines scipy's answer at 50 digits so the quantile itself is certified.
    if target == mp.mpf("0.5") and abs(guess) < 1e-300:
        return mp.mpf(0)
    f = lambda x: mp.log(cdf(x)) - mp.log(target)
    try:
        root = secant(f, mp.mpf(guess))
    except (mp.libmp.NoConvergence, ValueError, ZeroDivisionError):
        return mp.nan
    if abs(f(root)) > mp.mpf(10) ** -35:
        return mp.nan
    return root

def mp_quantile_upper(sf, target, guess):
    if target == mp.mpf("0.5") and abs(guess) < 1e-300:
        return mp.mpf(0)
    f = lambda x: mp.log(sf(x)) - mp.log(target)
    try:
        root = secant(f, mp.mpf(guess))
    except (mp.libmp.NoConvergence, ValueError, ZeroDivisionError):
        return mp.nan
    if abs(f(root)) > mp.mpf(10) ** -35:
        return mp.nan
    return root

probabilities = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999]

# Normal.
for x in [-37.5, -30.0, -20.0, -10.0, -5.0, -3.0, -1.0, -0.1, 0.0, 0.5, 1.96, 4.0, 8.0]:
    add("normal", [], "cdf", x, stats.norm.cdf(x), mp_norm_cdf(x))
    add("normal", [], "sf", x, stats.norm.sf(x), 1 - mp_norm_cdf(x) if x < 5 else mp_norm_cdf(-x))
for p in probabilities:
    q = stats.norm.ppf(p)
    add("normal", [], "quantile", p, q, mp_quantile(mp_norm_cdf, mp.mpf(p), q))
    q = stats.norm.isf(p)
    add("normal", [], "isf", p, q, mp_quantile_upper(lambda x: mp_norm_cdf(-x), mp.mpf(p), q))

# Student t.
for nu in [0.5, 1, 2, 3, 4.5, 10, 30, 100, 1000, 1e5, 1e6]:
    for x in [-1e30, -1e10, -1e3, -50.0, -8.0, -3.0, -1.5, -0.2, 0.0, 0.7, 2.0, 6.0, 40.0]:
        add("t", [nu], "cdf", x, stats.t.cdf(x, nu), mp_t_cdf(x, nu))
        add("t", [nu], "sf", x, stats.t.sf(x, nu), mp_t_cdf(-x, nu))
    for p in probabilities:
        q = stats.t.ppf(p, nu)
        if abs(q) < 1e300:
            add("t", [nu], "quantile", p, q, mp_quantile(lambda x: mp_t_cdf(x, nu), mp.mpf(p), q))
        q = stats.t.isf(p, nu)
        if abs(q) < 1e300:
            add("t", [nu], "isf", p, q, mp_quantile_upper(lambda x: mp_t_cdf(-x, nu), mp.mpf(p), q))

# Chi-squared.
for k in [0.5, 1, 2, 3, 7.5, 10, 50, 300, 1e4, 1e6]:
    for x in [1e-20, 1e-6, 0.01, 0.5, 1.0, 3.0, 10.0, 50.0, 200.0, 1000.0, k * 0.5, k, k * 1.5, k * 3]:
        add("chi2", [k], "cdf", x, stats.chi2.cdf(x, k), mp_chi2_cdf(x, k))
        add("chi2", [k], "sf", x, stats.chi2.sf(x, k), mp_chi2_sf(x, k))
    for p in probabilities:
        q = stats.chi2.ppf(p, k)
        if q > 1e-300:
            add("chi2", [k], "quantile", p, q, mp_quantile(lambda x: mp_chi2_cdf(x, k), mp.mpf(p), q))
        q = stats.chi2.isf(p, k)
        add("chi2", [k], "isf", p, q, mp_quantile_upper(lambda x: mp_chi2_sf(x, k), mp.mpf(p), q))

# F.
for d1, d2 in [(1, 1), (1, 10), (2, 5), (3, 30), (5, 2), (10, 100), (4.5, 0.7), (50, 50), (1000, 1e4), (1000, 1e5), (1e5, 1e5)]:
    for x in [1e-10, 1e-3, 0.1, 0.5, 1.0, 1.5, 3.0, 10.0, 100.0, 1e6]:
        add("f", [d1, d2], "cdf", x, stats.f.cdf(x, d1, d2), mp_f_cdf(x, d1, d2))
        add("f", [d1, d2], "sf", x, stats.f.sf(x, d1, d2), mp_f_sf(x, d1, d2))
    # 50-digit quantiles of the largest pairs take mpmath minutes each: CDF and SF only there.
    for p in ([1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999] if max(d1, d2) <= 1e4 else []):
        q = stats.f.ppf(p, d1, d2)
        if 1e-300 < q < 1e300:
            add("f", [d1, d2], "quantile", p, q, mp_quantile(lambda x: mp_f_cdf(x, d1, d2), mp.mpf(p), q))
        q = stats.f.isf(p, d1, d2)
        if 1e-300 < q < 1e300:
            add("f", [d1, d2], "isf", p, q, mp_quantile_upper(lambda x: mp_f_sf(x, d1, d2), mp.mpf(p), q))

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = os.path.join(root, "Tests", "FiscalStatisticsTests", "Fixtures", "distributions.json")
with open(out, "w") as fh:
    json.dump({"generator": f"scipy {scipy.__version__}, mpmath {mp.__version__} (50 digits)",
               "relativeTolerance": 1e-12, "cases": cases}, fh, indent=0)
    fh.write("\n")
print(f"wrote {len(cases)} cases, dropped {dropped}", file=sys.stderr)
