package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which tenant's data the caller may see. Integrators are confined to the tenant claim of their
 * token; admins see every tenant. An integrator token without a tenant claim is refused.
 */
@RequestScoped
public class CallerScope {

  static final String TENANT_CLAIM = "tenant";

  @Inject JsonWebToken token;

  /** The tenant to confine queries to, or empty for an admin. */
  public Optional<String> visibleTenant() {
    if (token.getGroups().contains(Roles.ADMIN)) {
      return Optional.empty();
    }
    return Optional.of(tenant());
  }

  /** The caller's own tenant, for writes. */
  public String tenant() {
    Object claim = token.getClaim(TENANT_CLAIM);
    String tenant = claim == null ? null : claim.toString().replace("\"", "").strip();
    if (tenant == null || tenant.isEmpty()) {
      throw new ProblemException(Problem.MISSING_TENANT, "the token has no tenant claim");
    }
    return tenant;
  }

  public String subject() {
    return token.getName();
  }
}
