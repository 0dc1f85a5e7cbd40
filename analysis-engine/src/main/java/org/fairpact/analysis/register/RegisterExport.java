package org.fairpact.analysis.register;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A register export read entry by entry, whatever its file format ({@link RegisterCsvReader},
 * {@link RegisterWorkbookReader}; {@link RegisterExports} picks one by the file's first bytes). A
 * batch job streams it and checkpoints by {@link #recordNumber()}, resuming with {@link
 * #skip(long)}.
 */
public interface RegisterExport extends Closeable {

  /**
   * The next entry, or empty at the end of the export.
   *
   * @throws RegisterFormatException if the row cannot be read as an entry; it counts as read, so
   *     the caller may skip it and go on
   * @throws UncheckedIOException if the source cannot be read
   */
  Optional<RegisterEntry> next();

  /** Entries read (or skipped) so far, including rows that raised a format exception. */
  long recordNumber();

  /** Passes over up to {@code n} entries without interpreting them, to resume from a checkpoint. */
  void skip(long n);

  /** Reads every remaining entry and closes the export. */
  default List<RegisterEntry> readAll() {
    List<RegisterEntry> entries = new ArrayList<>();
    try (this) {
      for (Optional<RegisterEntry> entry = next(); entry.isPresent(); entry = next()) {
        entries.add(entry.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
