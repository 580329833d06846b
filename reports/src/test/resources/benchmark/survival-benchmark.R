# R's side of the statistics benchmark (bin/registry benchmark-reports): the same 1,000,000 patients that
# StatisticsBenchmark wrote, the same analyses with R's survival and cmprsk packages, timed the same way
# (medians of seven runs after two warm-up runs, the data already in memory). Prints markdown.
suppressPackageStartupMessages({ library(survival); library(cmprsk) })
args <- commandArgs(trailingOnly = TRUE)
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])), "timed.R"))
d <- read.csv(args[1])
cat(sprintf("Run %s, %s, survival %s, cmprsk %s.\n\n", format(Sys.time(), tz = "UTC", usetz = TRUE),
            R.version.string, packageVersion("survival"), packageVersion("cmprsk")))
report <- function() {
  fit <- survfit(Surv(time, status) ~ arm, data = d, conf.type = "log")
  list(fit = fit, landmarks = summary(fit, times = c(365, 730, 1825)),
       quartiles = quantile(fit, c(0.25, 0.5, 0.75)),
       atRisk = summary(fit, times = c(0, 365, 730, 1095, 1460, 1825)),
       logrank = survdiff(Surv(time, status) ~ arm, data = d))
}
r <- timed("survfit + summary at landmarks + quantile + survdiff, 1,000,000 patients, 2 arms", report)
tests <- timed("survdiff rho = 0 and rho = 1 only, 1,000,000 patients", function()
  list(survdiff(Surv(time, status) ~ arm, data = d), survdiff(Surv(time, status) ~ arm, data = d, rho = 1)))
ci <- timed("cuminc (Aalen-Johansen, variance, Gray's test), 1,000,000 patients, 2 arms", function()
  cuminc(d$cr_time, d$cr_status, d$arm, cencode = 0))
cat("\nResults, to compare with Java's above:\n\n")
lm <- r$landmarks
for (g in 0:1) {
  first <- which(lm$strata == paste0("arm=", g))[1]
  med <- r$quartiles$quantile[g + 1, "50"]
  cat(sprintf("- arm %d: n %d, events %d, median %s (%s, %s), S(365) %.12f se %.12f\n", g, r$fit$n[g + 1],
              sum(d$status[d$arm == g]), med, r$quartiles$lower[g + 1, "50"], r$quartiles$upper[g + 1, "50"],
              lm$surv[first], lm$std.err[first]))
}
cat(sprintf("- log-rank chi-square %.10f\n", tests[[1]]$chisq))
cat(sprintf("- Peto-Peto chi-square %.10f\n", tests[[2]]$chisq))
cat(sprintf("- Gray's test (cause 1) statistic %.10f\n", ci$Tests[1, "stat"]))
