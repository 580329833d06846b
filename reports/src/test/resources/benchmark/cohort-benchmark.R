# R's side of the benchmark from the database (bin/registry benchmark-reports): the (time, status, group) that
# CohortBenchmark's survival report analysed for the 1,000,000 patients of site BENCH-R, the same analysis with
# R's survival package, timed the same way (medians of seven runs after two warm-up runs). R's time starts with
# the data already in memory; the registry's includes streaming the cohort out of PostgreSQL. Prints markdown.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])), "timed.R"))
d <- read.csv(args[1])
cat(sprintf("Run %s, %s, survival %s.\n\n", format(Sys.time(), tz = "UTC", usetz = TRUE), R.version.string,
            packageVersion("survival")))
report <- function() {
  fit <- survfit(Surv(time, status) ~ group, data = d, conf.type = "log")
  list(fit = fit, landmarks = summary(fit, times = c(365, 730, 1825)),
       quartiles = quantile(fit, c(0.25, 0.5, 0.75)),
       atRisk = summary(fit, times = c(0, 365, 730, 1095, 1460, 1825)),
       logrank = survdiff(Surv(time, status) ~ group, data = d))
}
r <- timed(sprintf("survfit + summary at landmarks + quantile + survdiff, %s patients, %d groups",
                   format(nrow(d), big.mark = ","), length(unique(d$group))), report)
cat("\nResults, to compare with Java's above:\n\n")
lm <- r$landmarks
groups <- sort(unique(d$group))
for (i in seq_along(groups)) {
  g <- groups[i]
  first <- which(lm$strata == paste0("group=", g))[1]
  cat(sprintf("- group %d: n %d, events %d, median %s (%s, %s), S(365) %.12f se %.12f\n", g, r$fit$n[i],
              sum(d$status[d$group == g]), r$quartiles$quantile[i, "50"], r$quartiles$lower[i, "50"],
              r$quartiles$upper[i, "50"], lm$surv[first], lm$std.err[first]))
}
cat(sprintf("- log-rank chi-square %.10f, df %d\n", r$logrank$chisq, length(r$logrank$n) - 1))
