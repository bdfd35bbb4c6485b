# The R side of idle memory: every bundled CSV file (data/*.csv, the datasets the workbench binds at its
# prompt) read with base R's read.csv, then waiting on stdin as a prompt waits for input.
# Usage: Rscript idle.R DATA_DIR   (src/bench/idle.sh reads its resident set once it prints READY)
files <- Sys.glob(file.path(commandArgs(trailingOnly = TRUE)[1], "*.csv"))
frames <- lapply(files, read.csv, encoding = "UTF-8")
cat("READY", length(frames), "tables,", sum(sapply(frames, nrow)), "rows\n")
invisible(readLines(file("stdin")))
