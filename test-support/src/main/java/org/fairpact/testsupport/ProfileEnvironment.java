package org.fairpact.testsupport;

import java.util.Optional;

/** The services' coordinates, exported by {@code bin/fairpact test} from the test profile. */
public final class ProfileEnvironment {

  private ProfileEnvironment() {}

  public static String require(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name + " is not set: run the tests through `bin/fairpact test`"));
  }

  public static Optional<String> optional(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
