package dk.styrbord.data.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small .xlsx workbooks in a test, from a sheet's rows as XML: no binary file committed. */
final class Workbooks {
  private Workbooks() {}

  /**
   * A workbook with one sheet "Ark1" whose sheetData is {@code rows}, the shared texts
   * {@code strings}, and styles where style 1 is a date (numFmtId 14).
   */
  static Path write(Path file, String rows, List<String> strings, boolean date1904) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
      part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets><sheet name=\"Ark1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      StringBuilder shared = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      strings.forEach(t -> shared.append("<si><t>").append(t).append("</t></si>"));
      part(zip, "xl/sharedStrings.xml", shared.append("</sst>").toString());
      part(zip, "xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
      part(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>" + rows + "</sheetData></worksheet>");
    }
    return file;
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
