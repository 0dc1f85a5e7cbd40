package org.fairpact.analysis.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fairpact.analysis.dataset.DatasetFormatException;

/**
 * One row of a rewordings file ({@code text,accept,level}): a clause, the register numbers that
 * count as its right evidence (empty for a lawful clause) and a level label.
 *
 * @param line the row's line in the file, for messages
 * @param text the clause
 * @param accept register numbers that count as right, in the file's order
 * @param level the row's level label ({@code 1}, {@code 2}, {@code 3}, {@code lawful}...)
 */
public record RewordingRow(long line, String text, Set<Integer> accept, String level) {

  public RewordingRow {
    // in the file's order: the first number decides the row's fold
    accept = Collections.unmodifiableSet(new LinkedHashSet<>(accept));
  }

  /**
   * The row's fold among {@code folds}, for out-of-fold predictions: by its first accepted register
   * number, so rewordings of one entry stay together; lawful rows by their text.
   */
  public int fold(int folds) {
    int key = lawful() ? text.hashCode() : accept.iterator().next();
    return Math.floorMod(Integer.hashCode(key) * 31 + 7, folds);
  }

  /** Whether the row is a lawful clause (no accepted entry). */
  public boolean lawful() {
    return accept.isEmpty();
  }

  /**
   * Reads a rewordings file: UTF-8 CSV with a header naming {@code text}, {@code accept} and {@code
   * level} (any order, other columns ignored).
   *
   * @throws DatasetFormatException naming the file and line when it is not such a file
   */
  public static List<RewordingRow> read(Path file) throws IOException {
    List<RewordingRow> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
      List<String> header = parser.getHeaderNames();
      for (String column : List.of("text", "accept", "level")) {
        if (!header.contains(column)) {
          throw new DatasetFormatException(
              file.toString(),
              0,
              "the header has no column '" + column + "' (needs text,accept,level)");
        }
      }
      for (CSVRecord record : parser) {
        rows.add(row(file, record));
      }
    } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new DatasetFormatException(
          file.toString(), 0, "not a readable CSV file: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new DatasetFormatException(file.toString(), 0, "no rows");
    }
    return rows;
  }

  private static RewordingRow row(Path file, CSVRecord record) {
    long line = record.getRecordNumber() + 1;
    if (!record.isConsistent()) {
      throw new DatasetFormatException(
          file.toString(),
          line,
          "expected "
              + record.getParser().getHeaderNames().size()
              + " columns, found "
              + record.size());
    }
    String text = record.get("text").strip();
    if (text.isEmpty()) {
      throw new DatasetFormatException(file.toString(), line, "empty text");
    }
    Set<Integer> accept = new LinkedHashSet<>();
    for (String number : record.get("accept").split("\\|")) {
      if (number.isBlank()) {
        continue;
      }
      try {
        accept.add(Integer.parseInt(number.strip()));
      } catch (NumberFormatException e) {
        throw new DatasetFormatException(
            file.toString(), line, "accept holds '" + number + "', not a register number");
      }
    }
    String level = record.get("level").strip();
    if (level.isEmpty()) {
      throw new DatasetFormatException(file.toString(), line, "empty level");
    }
    return new RewordingRow(line, text, accept, level);
  }
}
