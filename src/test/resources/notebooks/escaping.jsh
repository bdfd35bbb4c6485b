// # Text from data is text <script>alert(0)</script>
//%% Parameters
String label = "plain";

//%% Names from data
// Prose with <script>alert(2)</script> raw HTML and a [link](https://example.com/x.js).
Table t = Table.create("Kommuner <script>alert(3)</script>",
    StringColumn.create("municipality", "<script>alert(1)</script>", "Lejre"),
    IntColumn.create("code", 999, 350));
System.out.println("<script>alert(4)</script> " + label);
t;
