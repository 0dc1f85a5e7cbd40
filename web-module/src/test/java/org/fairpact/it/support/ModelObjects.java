package org.fairpact.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The trained clause models: the repository's {@code models/} (which {@code bin/fairpact test}
 * publishes to the test object store under {@code models/} before any Payara Micro starts), and
 * model objects that a test publishes under a prefix of its own.
 */
public final class ModelObjects {

  private static final Path MODELS = Path.of(System.getProperty("fairpact.models", "../models"));

  private ModelObjects() {}

  /** The file name {@code models/CURRENT} gives. */
  public static String bundledCurrentFile() {
    try {
      return Files.readString(MODELS.resolve("CURRENT")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of the bundled current model, as in its file name. */
  public static String bundledCurrentVersion() {
    String file = bundledCurrentFile();
    return file.substring("clause-model-".length(), file.length() - ".zip".length());
  }

  public static byte[] bundledCurrentBytes() {
    try {
      return Files.readAllBytes(MODELS.resolve(bundledCurrentFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code length} bytes of the bundled model: an archive cut off in transfer. */
  public static byte[] truncatedModel(int length) {
    return Arrays.copyOf(bundledCurrentBytes(), length);
  }

  /** Puts an object into the test profile's bucket. */
  public static void put(String key, byte[] content) {
    StoredObjects.put(key, content);
  }

  public static void put(String key, String content) {
    put(key, content.getBytes(StandardCharsets.UTF_8));
  }
}
