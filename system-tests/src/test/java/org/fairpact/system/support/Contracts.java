package org.fairpact.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents to upload: the example Polish consumer contract of {@code examples/} (five clauses from
 * the register among ordinary ones), made unique per upload by an order number.
 */
public final class Contracts {

  private static final Path EXAMPLE =
      Path.of(System.getProperty("fairpact.examples", "../examples"))
          .resolve("umowa-sprzedazy-konsumenckiej.txt");

  private Contracts() {}

  public static byte[] example(String orderNumber) {
    try {
      return (Files.readString(EXAMPLE) + "\n\nNumer zamówienia: " + orderNumber + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
