package org.fairpact.analysis.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the register's CSV export: UTF-8, {@code ;}-separated, a header row, fields optionally in
 * double quotes, clause texts that may span several lines inside quotes. An export saved again by a
 * spreadsheet may be separated by commas or tabs instead; the header row tells which (the separator
 * it holds most of outside quotes). Columns are taken by position (Nr; judgment date; signature;
 * court; claimant; defendants; clause; entry date; remarks; sector), since the header names are
 * long Polish sentences that vary between exports.
 *
 * <p>Entries are read one at a time so a batch job can stream the whole register and checkpoint by
 * {@link #recordNumber()}, resuming later with {@link #skip(long)}. A row whose fields cannot be
 * read raises {@link RegisterFormatException} and is counted as read, so the caller may skip it and
 * go on. Broken quoting, by contrast, leaves the parser lost, and reading cannot continue after it.
 * Not thread-safe.
 */
public class RegisterCsvReader implements RegisterExport {

  /** Number of columns in the export. */
  public static final int COLUMNS = 10;

  /** Separators an export may use, the register's own first. */
  private static final String SEPARATORS = ";,\t";

  /** Longest header row looked at to find the separator. */
  private static final int HEADER_PROBE = 64 * 1024;

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long recordNumber;
  private long lastLine;
  private boolean headerRead;

  /** The source is read lazily; a leading byte order mark is ignored. */
  public RegisterCsvReader(Reader source) {
    try {
      BufferedReader reader = withoutBom(source);
      this.parser = CSVParser.builder().setReader(reader).setFormat(format(reader)).get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open register export", e);
    }
    this.records = parser.iterator();
  }

  /** Reads every entry of an export; the reader is closed afterwards. */
  public static List<RegisterEntry> readAll(Reader source) {
    return new RegisterCsvReader(source).readAll();
  }

  @Override
  public Optional<RegisterEntry> next() {
    Optional<CSVRecord> record = nextRecord();
    if (record.isEmpty()) {
      return Optional.empty();
    }
    recordNumber++;
    return Optional.of(RegisterRowMapper.toEntry(record.get().toList(), lastLine));
  }

  @Override
  public long recordNumber() {
    return recordNumber;
  }

  @Override
  public void skip(long n) {
    for (long i = 0; i < n && nextRecord().isPresent(); i++) {
      recordNumber++;
    }
  }

  private Optional<CSVRecord> nextRecord() {
    if (!headerRead) {
      headerRead = true;
      Optional<CSVRecord> header = readRecord();
      if (header.isEmpty()) {
        return Optional.empty();
      }
      if (!"Nr".equalsIgnoreCase(header.get().get(0).strip())) {
        throw new RegisterFormatException(1, "expected a header row starting with 'Nr'");
      }
    }
    return readRecord();
  }

  private Optional<CSVRecord> readRecord() {
    long startLine = parser.getCurrentLineNumber() + 1;
    try {
      if (!records.hasNext()) {
        return Optional.empty();
      }
      CSVRecord record = records.next();
      lastLine = startLine;
      return Optional.of(record);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException malformed) {
        throw new RegisterFormatException(
            startLine, "malformed CSV: " + malformed.getMessage(), malformed);
      }
      throw e;
    }
  }

  /** The format of an export whose header row the reader is at; the reader is left there. */
  private static CSVFormat format(BufferedReader reader) throws IOException {
    reader.mark(HEADER_PROBE);
    int[] counts = new int[SEPARATORS.length()];
    boolean quoted = false;
    for (int i = 0, c = reader.read();
        i < HEADER_PROBE - 1 && c >= 0 && (quoted || (c != '\n' && c != '\r'));
        i++, c = reader.read()) {
      int found = SEPARATORS.indexOf(c);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && found >= 0) {
        counts[found]++;
      }
    }
    reader.reset();
    int separator = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[separator]) {
        separator = i;
      }
    }
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(SEPARATORS.charAt(separator))
        .setQuote('"')
        .setTrim(false)
        .get();
  }

  private static BufferedReader withoutBom(Reader source) throws IOException {
    BufferedReader buffered = new BufferedReader(source);
    buffered.mark(1);
    if (buffered.read() != '\uFEFF') {
      buffered.reset();
    }
    return buffered;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
