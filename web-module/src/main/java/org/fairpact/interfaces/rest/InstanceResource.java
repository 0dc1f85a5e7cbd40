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
public class InstanceResource {

  @Inject InstanceState instance;
  @Inject InstanceReporter reporter;
  @Inject CallerScope caller;
  @Inject AuditedActions audited;
  @Inject ClusterDirectory cluster;

  @GET
  public JsonObject report() {
    return reporter.report().toJson();
  }

  @POST
  @Path("drain")
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
