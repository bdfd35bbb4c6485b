# The first answer in R (base R, read.csv), the same question as level("5.38", 2024) at the workbench's
# prompt: the 98 municipalities ranked by net spending on 5.38 (adults) per 18-64-year-old in 2024, from
# the bundled CSV files. Usage: Rscript level.R DATA_DIR   (src/bench/firstanswer.sh times it)
options(width = 200)
data <- commandArgs(trailingOnly = TRUE)[1]
spending <- read.csv(file.path(data, "spending.csv"), check.names = FALSE, encoding = "UTF-8")
population <- read.csv(file.path(data, "population.csv"), encoding = "UTF-8")
municipalities <- read.csv(file.path(data, "municipalities.csv"), encoding = "UTF-8")

year <- 2024
adults <- spending[spending$year == year & startsWith(spending[["function"]], "5.38."), ]
t <- aggregate(net_dkk ~ code + municipality, data = adults, FUN = sum)
names(t)[names(t) == "net_dkk"] <- "dkk"
t <- merge(t, population[population$year == year, c("code", "age_18_64")], by = "code")
names(t)[names(t) == "age_18_64"] <- "population"
t <- merge(t, municipalities[, c("code", "dst_group")], by = "code", all.x = TRUE)
t$per_inhabitant <- t$dkk / t$population
national <- sum(t$dkk) / sum(t$population)
t$index_national <- round(100 * t$per_inhabitant / national, 1)
t$dkk_million <- round(t$dkk / 1e6, 1)
t <- t[order(-t$per_inhabitant), ]
t$rank <- seq_len(nrow(t))
t$per_inhabitant <- round(t$per_inhabitant)
print(t[, c("rank", "code", "municipality", "dst_group", "per_inhabitant", "index_national", "dkk_million", "population")],
      row.names = FALSE)
