package org.fairpact.it.support;

import org.fairpact.testsupport.ProfileEnvironment;

/** The services' coordinates, exported by {@code bin/fairpact test} from the test profile. */
public final class TestEnvironment {

  private TestEnvironment() {}

  public static String require(String name) {
    return ProfileEnvironment.require(name);
  }
}
