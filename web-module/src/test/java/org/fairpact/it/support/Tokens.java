package org.fairpact.it.support;

import java.time.Instant;
import org.fairpact.testsupport.SignedTokens;

/** Bearer tokens signed with the test profile's key, as `bin/fairpact token` makes them. */
public final class Tokens {

  private Tokens() {}

  public static String integrator(String tenant) {
    return token("integrator", tenant, Instant.now().plusSeconds(3600), SignedTokens.issuer());
  }

  public static String admin() {
    return token("admin", "ops", Instant.now().plusSeconds(3600), SignedTokens.issuer());
  }

  public static String operator() {
    return token("operator", "ops", Instant.now().plusSeconds(3600), SignedTokens.issuer());
  }

  public static String expired(String tenant) {
    return token("integrator", tenant, Instant.now().minusSeconds(600), SignedTokens.issuer());
  }

  public static String wrongIssuer(String tenant) {
    return token("integrator", tenant, Instant.now().plusSeconds(3600), "someone-else");
  }

  public static String token(String role, String tenant, Instant expires, String issuer) {
    return SignedTokens.sign("it-" + role, role, tenant, expires, issuer);
  }
}
