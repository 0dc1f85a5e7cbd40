package org.fairpact.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.register.RegisterSnapshot;

/**
 * What the command line tools share with production: the model (a file, or a model folder's current
 * model), the register entries (the bundled export unless a file is given) and the checksum of the
 * export they came from.
 */
final class EngineSetup {

  private EngineSetup() {}

  /** Entries of the bundled register export, as production reads them at first start. */
  static List<RegisterEntry> bundledRegister() {
    return RegisterCsvReader.readAll(RegisterSnapshot.openBundled());
  }

  /** Entries of a register export file, CSV or XLSX. */
  static List<RegisterEntry> register(Path file) throws IOException {
    return RegisterExports.read(file);
  }

  /** The model of a file, or the current one of a model folder (with its fallback). */
  static ClauseModel model(Path fileOrDirectory) throws IOException {
    return Files.isDirectory(fileOrDirectory)
        ? new ModelDirectory(fileOrDirectory).load()
        : ClauseModel.load(fileOrDirectory);
  }

  /** SHA-256 of the bundled register export. */
  static String bundledRegisterSha256() throws IOException {
    try (InputStream in =
        RegisterSnapshot.class.getResourceAsStream(RegisterSnapshot.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled register is missing");
      }
      DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
      digest.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
