package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fairpact.domain.model.audit.Actor;

/**
 * Which tenant's data the caller may see. Integrators are confined to the tenant claim of their
 * token; admins see every tenant. An integrator token without a tenant claim is refused.
 */
@RequestScoped
public class CallerScope {

  static final String TENANT_CLAIM = "tenant";

  @Inject JsonWebToken token;
  @Inject ClientAddress addresses;
  @Inject HttpServletRequest request;

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

  /** Who acts, for the audit log: subject, tenant claim, roles and the client's address. */
  public Actor actor() {
    Object claim = token.getClaim(TENANT_CLAIM);
    Optional<String> tenant =
        Optional.ofNullable(claim)
            .map(value -> value.toString().replace("\"", "").strip())
            .filter(value -> !value.isEmpty());
    List<String> roles =
        token.getGroups() == null ? List.of() : token.getGroups().stream().sorted().toList();
    String subject = token.getName() == null ? "unknown" : token.getName();
    return new Actor(subject, tenant, roles, addresses.of(request));
  }
}
