package org.fairpact.analysis.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads clause files in PAC's format: UTF-8 CSV with a header naming the columns {@code text} and
 * {@code label}, in any order and among other columns. Labels are PAC's own ({@code
 * KLAUZULA_ABUZYWNA}, {@code BEZPIECZNE_POSTANOWIENIE_UMOWNE}), or {@code 1}/{@code 0}, {@code
 * abusive}/{@code safe}, {@code true}/{@code false}, so other files of the same shape read too.
 */
public final class PacCsv {

  /** PAC's label of abusive clauses. */
  public static final String ABUSIVE = "KLAUZULA_ABUZYWNA";

  /** PAC's label of safe clauses. */
  public static final String SAFE = "BEZPIECZNE_POSTANOWIENIE_UMOWNE";

  private static final Set<String> ABUSIVE_LABELS = Set.of(ABUSIVE, "1", "ABUSIVE", "TRUE");
  private static final Set<String> SAFE_LABELS = Set.of(SAFE, "0", "SAFE", "FALSE");

  private PacCsv() {}

  /**
   * Reads every labelled clause of a file.
   *
   * @throws DatasetFormatException if a column is missing or a label unknown
   */
  public static List<LabelledClause> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /** Reads every labelled clause from a reader, which the caller closes. */
  public static List<LabelledClause> read(Reader reader, String source) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<LabelledClause> clauses = new ArrayList<>();
    try (CSVParser parser = format.parse(reader)) {
      String textColumn = column(parser, "text", source);
      String labelColumn = column(parser, "label", source);
      for (CSVRecord record : parser) {
        if (!record.isSet(labelColumn)) {
          throw new DatasetFormatException(source, record.getRecordNumber(), "missing label");
        }
        clauses.add(
            new LabelledClause(record.get(textColumn), abusive(record.get(labelColumn), source)));
      }
    } catch (UncheckedIOException e) {
      throw new DatasetFormatException(source, 0, "malformed CSV: " + e.getMessage());
    }
    return clauses;
  }

  private static String column(CSVParser parser, String name, String source) {
    return parser.getHeaderNames().stream()
        .filter(header -> header.strip().replace("\uFEFF", "").equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(() -> new DatasetFormatException(source, 1, "no column '" + name + "'"));
  }

  private static boolean abusive(String label, String source) {
    String normal = label.strip().toUpperCase(Locale.ROOT);
    if (ABUSIVE_LABELS.contains(normal)) {
      return true;
    }
    if (SAFE_LABELS.contains(normal)) {
      return false;
    }
    throw new DatasetFormatException(source, 0, "unknown label '" + label + "'");
  }
}
