package org.fairpact.analysis.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the body of a Word document in document order: paragraphs and tables, with tables read row
 * by row and nested tables inline. Word paragraphs are real paragraph breaks (unlike the wrapped
 * lines of a PDF), so they are separated by blank lines; table cells are separated by tabs and
 * rows, which in contracts laid out as tables usually hold one clause each, by blank lines. A DOCX
 * has no fixed pages, so the whole body is page 1. Headers, footers and comments are left out: they
 * repeat or annotate, they do not contract.
 */
final class WordDocuments {

  private WordDocuments() {}

  static ExtractedText read(Path file) throws ExtractionException {
    requireMainPart(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument document = new XWPFDocument(pkg)) {
      List<String> blocks = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        collect(element, blocks);
      }
      return ExtractedText.ofText(String.join("\n\n", blocks));
    } catch (InvalidFormatException | POIXMLException | OpenXML4JRuntimeException e) {
      throw new ExtractionException("corrupt DOCX: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ExtractionException("corrupt DOCX: " + e.getMessage(), e);
    }
  }

  private static void requireMainPart(Path file) throws ExtractionException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("word/document.xml") == null) {
        throw new ExtractionException("DOCX has no word/document.xml");
      }
    } catch (ZipException e) {
      throw new ExtractionException("DOCX is not a valid ZIP package: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ExtractionException("DOCX cannot be opened: " + e.getMessage(), e);
    }
  }

  private static void collect(IBodyElement element, List<String> blocks) {
    if (element instanceof XWPFParagraph paragraph) {
      String text = paragraph.getText().strip();
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    } else if (element instanceof XWPFTable table) {
      String text = tableText(table);
      if (!text.isBlank()) {
        blocks.add(text.strip());
      }
    }
  }

  private static String tableText(XWPFTable table) {
    List<String> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
          collect(element, parts);
        }
        cells.add(String.join("\n", parts));
      }
      if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
        rows.add(String.join("\t", cells));
      }
    }
    return String.join("\n\n", rows);
  }
}
