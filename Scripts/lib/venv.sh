# Sourced by benchmark and verification scripts: creates (once) and activates the Python venv
# with the peer libraries FiscalLens is measured against. The venv lives in .bench/venv (git
# ignores it).
fiscal_venv() {
  local root venv
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  venv="$root/.bench/venv"
  if [ ! -x "$venv/bin/python" ]; then
    echo "bench: creating $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip >&2
  fi
  if ! "$venv/bin/python" -c "import numpy, scipy, pandas, polars, duckdb, statsmodels, openpyxl, pyarrow, threadpoolctl" 2>/dev/null; then
    "$venv/bin/pip" install -q numpy scipy pandas polars duckdb statsmodels openpyxl pyarrow threadpoolctl >&2
  fi
  export FISCAL_PYTHON="$venv/bin/python"
}
