package org.fairpact.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Enforces {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} of the resources in JAX-RS
 * itself: no caller reaches a resource method without an accepted token (401) and one of its roles
 * (403). The container enforces them too on Payara Micro; Payara Server (the EAR) did not for these
 * CDI-bean resources, so the API must not rely on it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no resource matched: the 404 needs no role
    }
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    if (method.isAnnotationPresent(DenyAll.class)) {
      throw new ProblemException(Problem.FORBIDDEN, "nobody may call this");
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      if (type.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = type.getAnnotation(RolesAllowed.class);
    }
    if (roles == null) {
      return;
    }
    SecurityContext caller = request.getSecurityContext();
    if (caller == null || caller.getUserPrincipal() == null) {
      throw new ProblemException(Problem.UNAUTHORIZED, "a bearer token is required");
    }
    for (String role : roles.value()) {
      if (caller.isUserInRole(role)) {
        return;
      }
    }
    throw new ProblemException(
        Problem.FORBIDDEN, "this needs one of the roles " + String.join(", ", roles.value()));
  }
}
