package org.fairpact.interfaces.batch;

import java.io.IOException;
import java.nio.file.Files;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterExport;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.application.AllowedSource;
import org.fairpact.application.ClauseSyncSources;
import org.fairpact.application.SourceAllowList;

/**
 * Where a sync reads the register export from: an http(s) URL, a file, or (when no source is given)
 * the snapshot bundled with FairPact, so a fresh install works offline. A URL or file may hold the
 * CSV export or an XLSX workbook of it. The source is checked against the allow-list again here,
 * where it is opened, whoever started the job.
 */
final class RegisterSource {

  private RegisterSource() {}

  /** The source as logs and the sync's event name it: abbreviated, "bundled" when empty. */
  static String describe(String source) {
    return SourceAllowList.quote(source);
  }

  /**
   * Opens the export at the source, CSV or XLSX whichever it holds; the caller closes it.
   *
   * @throws org.fairpact.application.SourceNotAllowedException if the source is not allowed
   */
  static RegisterExport open(String source, ClauseSyncSources sources) throws IOException {
    AllowedSource allowed = sources.check(source);
    if (allowed instanceof AllowedSource.LocalFile file) {
      return RegisterExports.open(Files.newInputStream(file.realPath()));
    }
    if (allowed instanceof AllowedSource.Download download) {
      return RegisterExports.open(
          RegisterDownload.open(download.url(), sources.allowList(), sources.downloadLimits()));
    }
    return new RegisterCsvReader(RegisterSnapshot.openBundled());
  }
}
