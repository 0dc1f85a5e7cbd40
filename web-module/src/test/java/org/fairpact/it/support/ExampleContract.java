package org.fairpact.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example Polish consumer contract of {@code examples/}: five clauses copied from the register
 * among six ordinary ones, with the register numbers it must be matched to.
 */
public final class ExampleContract {

  private static final Path DIR = Path.of(System.getProperty("fairpact.examples", "../examples"));
  private static final String NAME = "umowa-sprzedazy-konsumenckiej";

  private ExampleContract() {}

  public static String text() {
    return read(NAME + ".txt");
  }

  /** The same contract as a PDF with a text layer. */
  public static byte[] pdf() {
    try {
      return Files.readAllBytes(DIR.resolve(NAME + ".pdf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Integer> registerNumbers() {
    return lines(NAME + ".expected").stream().map(Integer::valueOf).toList();
  }

  public static List<String> ordinaryClauses() {
    return lines(NAME + ".ordinary");
  }

  private static List<String> lines(String file) {
    return read(file)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String read(String file) {
    try {
      return Files.readString(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
