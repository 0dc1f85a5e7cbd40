package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API with nothing behind it: after nginx, the token check and JAX-RS it answers 204 and does
 * no work, touching neither the database, the broker, the object store nor the data grid. Its
 * throughput on a cluster is the ceiling of every endpoint there, so {@code bin/fairpact bench
 * intake} measures uploads against it in the same run. Any role may call it.
 */
@Path("v1/ping")
@RequestScoped
@RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Diagnostics")
public class PingResource {

  @GET
  @Operation(
      operationId = "ping",
      summary = "Answer 204 with nothing behind it",
      description =
          "Checks the token and does no work: the ceiling of every endpoint's throughput. Any"
              + " role.")
  @APIResponse(responseCode = "204", description = "The token is valid.")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response ping() {
    return Response.noContent().build();
  }
}
