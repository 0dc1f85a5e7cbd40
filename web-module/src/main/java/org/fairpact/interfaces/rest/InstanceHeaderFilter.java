package org.fairpact.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.fairpact.application.cluster.ClusterDirectory;

/**
 * Names the instance that answered in {@code X-FairPact-Instance} on every API response (errors
 * included), so that clients and tests behind the load balancer can see where a request went.
 * Errors the container answers itself (401, 403 before JAX-RS) get it from the error page.
 */
@Provider
public class InstanceHeaderFilter implements ContainerResponseFilter {

  public static final String HEADER = "X-FairPact-Instance";

  @Inject ClusterDirectory cluster;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HEADER, cluster.instanceName());
  }
}
