package org.fairpact.interfaces.batch;

import java.io.IOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterExport;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.register.RegisterSnapshot;

/**
 * Where a sync reads the register export from: an http(s) URL, a file, or (when no source is given)
 * the snapshot bundled with FairPact, so a fresh install works offline. A URL or file may hold the
 * CSV export or an XLSX workbook of it.
 */
final class RegisterSource {

  static final String BUNDLED = "bundled";

  private static final int TIMEOUT_MS = 30_000;

  private RegisterSource() {}

  static String describe(String source) {
    return source == null || source.isBlank() ? BUNDLED : source;
  }

  /** Opens the export at the source, CSV or XLSX whichever it holds; the caller closes it. */
  static RegisterExport open(String source) throws IOException {
    String location = describe(source);
    if (BUNDLED.equals(location)) {
      return new RegisterCsvReader(RegisterSnapshot.openBundled());
    }
    if (location.startsWith("http://") || location.startsWith("https://")) {
      URLConnection connection = URI.create(location).toURL().openConnection();
      connection.setConnectTimeout(TIMEOUT_MS);
      connection.setReadTimeout(TIMEOUT_MS);
      return RegisterExports.open(connection.getInputStream());
    }
    Path file = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
    if (!Files.isReadable(file)) {
      throw new IOException("register source not readable: " + file);
    }
    return RegisterExports.open(Files.newInputStream(file));
  }
}
