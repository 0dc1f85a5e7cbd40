package org.fairpact.system.support;

import java.time.Instant;
import org.fairpact.testsupport.SignedTokens;

/** Bearer tokens signed with the profile's key, as {@code bin/fairpact token} makes them. */
public final class Tokens {

  private Tokens() {}

  public static String integrator(String tenant) {
    return token("integrator", tenant);
  }

  public static String admin() {
    return token("admin", "ops");
  }

  static String token(String role, String tenant) {
    return SignedTokens.sign(
        "st-" + role, role, tenant, Instant.now().plusSeconds(3600), SignedTokens.issuer());
  }
}
