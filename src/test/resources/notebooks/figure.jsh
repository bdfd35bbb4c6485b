//%% Tablesaw's own plots, in Danish
danish(true);
var t = Table.create("t", IntColumn.create("year", 2020, 2021, 2022), DoubleColumn.create("cost", 1250.5, 2500, 3750));
show(VerticalBarPlot.create("Udgift pr. år", t, "year", "cost"));

//%% A figure as the cell's value
LinePlot.create("Udvikling & 'pris'", t, "year", "cost");

//%% Back to English
danish(false);
