//%% A chart handed over
var json = new com.fasterxml.jackson.databind.ObjectMapper();
var chart = new dk.styrbord.plot.Chart("Test <chart>",
    json.readTree("[{\"type\":\"bar\",\"x\":[\"a\",\"b\"],\"y\":[1,2]}]"), json.createObjectNode(), "Source: test </script>");
System.out.println("offered: " + dk.styrbord.notebook.Display.offer(chart));

//%% A chart as the value
chart;

//%% A user mistake
kommune("Atlantis");
