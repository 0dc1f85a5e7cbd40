package org.fairpact.analysis.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
 *
 * <p>POI's own zip-bomb guard ({@link ZipSecureFile}) bounds what a part may inflate to: no part
 * larger than {@link ExtractionLimits#maxDecompressedBytes()}, none inflating more than {@link
 * #MAX_INFLATE_FACTOR} times its compressed size, and no more text than {@link
 * ExtractionLimits#maxTextChars()}. ZipSecureFile's settings are process-wide, so they follow the
 * limits of the extractor that read last; one process has one set of limits. POI parses the XML
 * parts with DTDs and external entities disabled (its {@code XMLHelper} defaults), so a part cannot
 * make the parser read files or URLs.
 */
final class WordDocuments {

  /**
   * Most a part may inflate relative to its compressed size (POI's minimum inflate ratio is the
   * inverse). Word XML compresses 5-20 times; 100 times is POI's own default.
   */
  static final int MAX_INFLATE_FACTOR = 100;

  private static final Logger LOG = Logger.getLogger(WordDocuments.class.getName());

  private WordDocuments() {}

  static ExtractedText read(Path file, ExtractionLimits limits) throws ExtractionException {
    requireMainPart(file);
    ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_FACTOR);
    ZipSecureFile.setMaxEntrySize(limits.maxDecompressedBytes());
    ZipSecureFile.setMaxTextSize(limits.maxTextChars());
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument document = new XWPFDocument(pkg)) {
      List<String> blocks = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        collect(element, blocks);
      }
      return ExtractedText.ofText(String.join("\n\n", blocks));
    } catch (InvalidFormatException
        | POIXMLException
        | OpenXML4JRuntimeException
        | IOException
        | IllegalStateException e) {
      LOG.log(Level.FINE, "DOCX cannot be read", e);
      if (isZipBomb(e)) {
        throw new ExtractionException(
            DefectCode.DECOMPRESSED_SIZE_EXCEEDED,
            "a DOCX part inflates past the limit of "
                + limits.maxDecompressedBytes()
                + " bytes or "
                + MAX_INFLATE_FACTOR
                + " times its compressed size",
            e);
      }
      throw new ExtractionException(
          DefectCode.CORRUPT_DOCX, "corrupt DOCX: the package cannot be read", e);
    }
  }

  /** POI reports its zip-bomb guard only in messages; they start "Zip bomb detected!". */
  private static boolean isZipBomb(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("Zip bomb") || message.contains("max allowed overall size"))) {
        return true;
      }
    }
    return false;
  }

  private static void requireMainPart(Path file) throws ExtractionException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("word/document.xml") == null) {
        throw new ExtractionException(DefectCode.CORRUPT_DOCX, "DOCX has no word/document.xml");
      }
    } catch (ZipException e) {
      throw new ExtractionException(DefectCode.CORRUPT_DOCX, "DOCX is not a valid ZIP package", e);
    } catch (IOException e) {
      throw new ExtractionException(DefectCode.CORRUPT_DOCX, "DOCX cannot be opened", e);
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
