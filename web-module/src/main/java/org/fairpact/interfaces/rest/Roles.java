package org.fairpact.interfaces.rest;

/** The roles a token's groups claim can grant. */
public final class Roles {

  /** Submits documents and reads the analyses of its own tenant. */
  public static final String INTEGRATOR = "integrator";

  /** Operates the system: sees every tenant, runs the clause sync. */
  public static final String ADMIN = "admin";

  /** Runs and inspects scheduled batch work (the clause sync). */
  public static final String OPERATOR = "operator";

  private Roles() {}
}
