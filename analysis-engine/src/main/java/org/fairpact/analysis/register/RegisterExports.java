package org.fairpact.analysis.register;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Opens a register export in the format its first bytes show: an XLSX workbook (a zip archive) or
 * the UTF-8 CSV export. The legacy binary XLS format is refused with a message saying what to do.
 */
public final class RegisterExports {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private RegisterExports() {}

  /**
   * Opens an export; the caller closes it, which closes {@code in} (a workbook is read whole before
   * this returns and its stream closed then).
   *
   * @throws IOException if the stream cannot be read, or is a workbook that cannot be read
   * @throws RegisterFormatException if a workbook's first sheet has no register header row
   */
  public static RegisterExport open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(ZIP.length);
    byte[] head = buffered.readNBytes(ZIP.length);
    buffered.reset();
    if (Arrays.equals(head, ZIP)) {
      try (buffered) {
        return new RegisterWorkbookReader(buffered);
      }
    }
    if (Arrays.equals(head, OLE2)) {
      buffered.close();
      throw new IOException(
          "the register export is a legacy XLS workbook; save it as XLSX or CSV (UTF-8, ';')");
    }
    return new RegisterCsvReader(new InputStreamReader(buffered, StandardCharsets.UTF_8));
  }

  /** Every entry of an export file, CSV or XLSX. */
  public static List<RegisterEntry> read(Path file) throws IOException {
    return open(Files.newInputStream(file)).readAll();
  }
}
