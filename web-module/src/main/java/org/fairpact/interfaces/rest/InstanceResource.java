package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.InstanceState;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.interfaces.health.InstanceReporter;

/**
 * The instance that answers (address it directly, not through the load balancer): its report, and
 * draining it by hand before a planned stop: readiness goes DOWN, its consumers hand new analysis
 * requests to other instances, it claims no scheduled work, and what is in flight finishes; watch
 * the busy counts fall to zero, then stop it. A SIGTERM drains the same way on its own.
 */
@Path("v1/admin/instance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Cluster")
public class InstanceResource {

  @Inject InstanceState instance;
  @Inject InstanceReporter reporter;
  @Inject CallerScope caller;
  @Inject AuditedActions audited;
  @Inject ClusterDirectory cluster;

  @GET
  @Operation(
      operationId = "getInstance",
      summary = "Report the answering instance",
      description = "Address the instance directly, not through the load balancer. Role admin.")
  @APIResponse(
      responseCode = "200",
      description = "The instance's report.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InstanceReport")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject report() {
    return reporter.report().toJson();
  }

  @POST
  @Path("drain")
  @Operation(
      operationId = "drainInstance",
      summary = "Drain the answering instance",
      description =
          "Readiness goes DOWN, its consumers hand new analysis requests to other instances, it"
              + " claims no scheduled work; what is in flight finishes.")
  @APIResponse(
      responseCode = "200",
      description = "Draining; its report.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InstanceReport")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject drain() {
    return audited.run(
        AuditAction.INSTANCE_DRAIN,
        cluster.instanceName(),
        null,
        () -> {
          instance.drain("drained by " + caller.subject());
          return report();
        });
  }

  @DELETE
  @Path("drain")
  @Operation(
      operationId = "resumeInstance",
      summary = "Stop draining the answering instance",
      description = "It takes work again; refused while it shuts down.")
  @APIResponse(
      responseCode = "200",
      description = "Resumed; its report.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InstanceReport")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(
      responseCode = "409",
      description = "`conflict`: the instance is shutting down.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public JsonObject resume() {
    return audited.run(
        AuditAction.INSTANCE_UNDRAIN,
        cluster.instanceName(),
        null,
        () -> {
          if (!instance.resume()) {
            throw new ProblemException(Problem.CONFLICT, "the instance is shutting down");
          }
          return report();
        });
  }
}
