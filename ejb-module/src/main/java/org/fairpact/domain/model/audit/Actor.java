package org.fairpact.domain.model.audit;

import java.util.List;
import java.util.Optional;

/**
 * Who acts, as the audit log records it: the token's subject, its tenant claim (if any) and roles,
 * and the address the request came from.
 */
public record Actor(
    String subject, Optional<String> tenant, List<String> roles, String clientAddress) {

  public Actor {
    roles = List.copyOf(roles);
  }
}
