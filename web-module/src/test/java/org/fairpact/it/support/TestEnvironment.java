package org.fairpact.it.support;

/** The services' coordinates, exported by {@code bin/fairpact test} from the test profile. */
public final class TestEnvironment {

  private TestEnvironment() {}

  public static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run the integration tests through `bin/fairpact test`");
    }
    return value;
  }
}
