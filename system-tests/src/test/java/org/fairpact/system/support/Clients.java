package org.fairpact.system.support;

import org.fairpact.client.FairPactApi;
import org.fairpact.client.FairPactClient;

/** The Java client (module client) through nginx, with tokens signed with the profile's key. */
public final class Clients {

  private Clients() {}

  public static FairPactApi integrator(String tenant) {
    return FairPactClient.connect(SystemEnvironment.frontUrl(), Tokens.integrator(tenant));
  }

  public static FairPactApi admin() {
    return FairPactClient.connect(SystemEnvironment.frontUrl(), Tokens.admin());
  }
}
