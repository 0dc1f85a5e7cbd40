package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The API with nothing behind it: after nginx, the token check and JAX-RS it answers 204 and does
 * no work, touching neither the database, the broker, the object store nor the data grid. Its
 * throughput on a cluster is the ceiling of every endpoint there, so {@code bin/fairpact bench
 * intake} measures uploads against it in the same run. Any role may call it.
 */
@Path("v1/ping")
@RequestScoped
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
public class PingResource {

  @GET
  public Response ping() {
    return Response.noContent().build();
  }
}
