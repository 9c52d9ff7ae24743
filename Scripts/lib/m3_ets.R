# R's ets, damped Holt and thetaf on the M3 yearly file; one JSON line per method, like fiscal-bench m3.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
ids <- unique(d$series_id)
run <- function(name, f) {
  smape <- mase <- c80 <- c95 <- numeric(0)
  t0 <- proc.time()[["elapsed"]]
  fcs <- lapply(ids, function(id) {
    s <- d[d$series_id == id, ]
    y <- ts(s$value[s$is_holdout == 0])
    list(y = y, x = s$value[s$is_holdout == 1], fc = f(y))
  })
  seconds <- proc.time()[["elapsed"]] - t0
  for (r in fcs) {
    m <- as.numeric(r$fc$mean)
    smape <- c(smape, mean(200 * abs(r$x - m) / (abs(r$x) + abs(m))))
    mase <- c(mase, mean(abs(r$x - m)) / mean(abs(diff(r$y))))
    c80 <- c(c80, mean(r$x >= r$fc$lower[, 1] & r$x <= r$fc$upper[, 1]))
    c95 <- c(c95, mean(r$x >= r$fc$lower[, 2] & r$x <= r$fc$upper[, 2]))
  }
  cat(sprintf('{"method": "R %s", "smape": %.4f, "mase": %.4f, "coverage80": %.2f, "coverage95": %.2f, "seconds": %.4f}\n',
              name, mean(smape), mean(mase), 100 * mean(c80), 100 * mean(c95), seconds))
}
run("ets", function(y) forecast(ets(y), h = 6, level = c(80, 95)))
run("damped Holt", function(y) holt(y, damped = TRUE, h = 6, level = c(80, 95)))
run("thetaf", function(y) thetaf(y, h = 6, level = c(80, 95)))
