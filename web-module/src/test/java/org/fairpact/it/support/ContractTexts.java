package org.fairpact.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Contract texts of the tests' resources ({@code contracts/}, sources in its README). */
public final class ContractTexts {

  private ContractTexts() {}

  public static String read(String name) {
    try (InputStream in = ContractTexts.class.getResourceAsStream("/contracts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource contracts/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
