# Timing as the Java benchmarks time (Measurements): two warm-up runs, then the median of seven, as markdown.
# Sourced by the R side of each benchmark.
runs <- 7
timed <- function(what, f) {
  for (i in 1:2) f()
  s <- sapply(1:runs, function(i) system.time(f())[["elapsed"]])
  cat(sprintf("- %s: median **%.3f s** (min %.3f, max %.3f, %d runs)\n", what, median(s), min(s), max(s), runs))
  invisible(f())
}
