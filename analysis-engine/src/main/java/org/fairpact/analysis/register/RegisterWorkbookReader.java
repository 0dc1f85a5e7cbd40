package org.fairpact.analysis.register;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the register exported as an XLSX workbook (as UOKiK published it, e.g. the 2014 export):
 * the first sheet, a header row whose first cell is {@code Nr} or {@code Lp}, then one entry a row
 * in the columns of the CSV export (Nr; judgment date; signature; court; claimant; defendants;
 * clause; entry date; remarks; sector). Columns after the tenth and wholly empty rows are ignored;
 * date cells are read as the dates they hold, whatever their display format.
 *
 * <p>The sheet is parsed as a stream of XML events (POI's event API), not as a workbook object
 * model, and only the cells' text is kept: about the size of the register's text. POI's limits on
 * the inflation ratio of the archive's entries guard against zip bombs from a hostile source.
 */
public final class RegisterWorkbookReader implements RegisterExport {

  private static final Set<String> HEADER_FIRST_CELLS = Set.of("nr", "lp", "lp.");

  private final Iterator<Row> rows;
  private long recordNumber;

  /**
   * Parses the workbook; the stream is read to its end but not closed.
   *
   * @throws IOException if the stream is not a readable XLSX workbook
   * @throws RegisterFormatException if the first sheet has no register header row
   */
  public RegisterWorkbookReader(InputStream workbook) throws IOException {
    List<Row> sheet = firstSheet(workbook);
    if (sheet.isEmpty()) {
      rows = sheet.iterator();
      return;
    }
    Row header = sheet.get(0);
    if (!HEADER_FIRST_CELLS.contains(header.fields().get(0).strip().toLowerCase(Locale.ROOT))) {
      throw new RegisterFormatException(
          header.number(), "expected a header row starting with 'Nr' or 'Lp'");
    }
    rows = sheet.subList(1, sheet.size()).iterator();
  }

  @Override
  public Optional<RegisterEntry> next() {
    if (!rows.hasNext()) {
      return Optional.empty();
    }
    Row row = rows.next();
    recordNumber++;
    return Optional.of(RegisterRowMapper.toEntry(row.fields(), row.number()));
  }

  @Override
  public long recordNumber() {
    return recordNumber;
  }

  @Override
  public void skip(long n) {
    for (long i = 0; i < n && rows.hasNext(); i++) {
      rows.next();
      recordNumber++;
    }
  }

  @Override
  public void close() {
    // the rows were read into memory when the reader was made
  }

  private static List<Row> firstSheet(InputStream workbook) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(workbook)) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new IOException("the workbook has no sheet");
      }
      RowCollector collector = new RowCollector();
      XMLReader parser = SAXHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              collector,
              new IsoDates(),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
      return collector.rows;
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // POI reports a damaged archive or a zip bomb as an unchecked exception
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  /** A row of the sheet: its 1-based number and its first ten cells' text ("" where empty). */
  private record Row(long number, List<String> fields) {}

  /** Keeps the text of the first ten cells of every row that has any. */
  private static final class RowCollector implements SheetContentsHandler {
    private final List<Row> rows = new ArrayList<>();
    private String[] fields;
    private boolean any;

    @Override
    public void startRow(int rowNum) {
      fields = new String[RegisterCsvReader.COLUMNS];
      Arrays.fill(fields, "");
      any = false;
    }

    @Override
    public void endRow(int rowNum) {
      if (any) {
        rows.add(new Row(rowNum + 1L, List.of(fields)));
      }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(cellReference).getCol();
      if (column < fields.length && formattedValue != null && !formattedValue.isBlank()) {
        fields[column] = formattedValue;
        any = true;
      }
    }
  }

  /** Formats date cells as ISO dates and whole numbers without decimals, whatever their format. */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
