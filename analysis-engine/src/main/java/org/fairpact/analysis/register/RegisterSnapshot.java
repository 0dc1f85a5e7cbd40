package org.fairpact.analysis.register;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The register export shipped inside the engine, so the product can check contracts offline and on
 * first start, before any synchronisation with the live register. See the NOTICE beside the
 * resource for its source.
 */
public final class RegisterSnapshot {

  /** Classpath resource name, relative to this class. */
  public static final String BUNDLED_RESOURCE = "register-2024-02.csv";

  /** Date of the bundled export as published by its source. */
  public static final String BUNDLED_DATE = "2024-02-06";

  private RegisterSnapshot() {}

  /**
   * Opens the bundled export as UTF-8 text for {@link RegisterCsvReader}; the caller closes it.
   *
   * @throws IllegalStateException if the resource is missing from the build
   */
  public static Reader openBundled() {
    InputStream in = RegisterSnapshot.class.getResourceAsStream(BUNDLED_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled register " + BUNDLED_RESOURCE + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
