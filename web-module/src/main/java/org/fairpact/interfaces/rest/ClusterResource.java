package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.cluster.ClusterDirectory;
import org.fairpact.application.cluster.ClusterMember;
import org.fairpact.application.cluster.InstanceReport;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.fairpact.infrastructure.messaging.jms.QueueDepths;
import org.fairpact.interfaces.health.InstanceReporter;

/**
 * The cluster as the answering instance sees it: the data grid's members (Payara's view of the
 * grid: name, member id, host, HTTP ports, type), each with the report it last published (readiness
 * and its checks, draining, consumer sessions and busy ones per queue; this instance's is evaluated
 * live; a member without a fresh report shows readiness UNKNOWN), and the broker's view of the
 * analysis queues (depth, consumers across all instances).
 */
@Path("v1/admin/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Cluster")
public class ClusterResource {

  @Inject ClusterDirectory cluster;
  @Inject InstanceReporter reporter;
  @Inject QueueDepths queues;

  @GET
  @Operation(
      operationId = "getCluster",
      summary = "Show the cluster",
      description =
          "The data grid's members with their health and consumers, and the analysis queues as"
              + " the broker sees them.")
  @APIResponse(
      responseCode = "200",
      description = "The cluster as the answering instance sees it.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cluster")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public JsonObject cluster() {
    String self = cluster.instanceName();
    Map<String, InstanceReport> reports = cluster.reports();
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (ClusterMember member : cluster.members()) {
      InstanceReport report = member.self() ? reporter.report() : reports.get(member.name());
      members.add(member(member, report));
    }
    return Json.createObjectBuilder()
        .add("answeredBy", self)
        .add("grid", Json.createObjectBuilder().add("available", cluster.gridAvailable()))
        .add("members", members)
        .add("queues", queues())
        .build();
  }

  private static JsonObject member(ClusterMember member, InstanceReport report) {
    JsonArrayBuilder ports = Json.createArrayBuilder();
    member.httpPorts().forEach(ports::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", member.name())
            .add("self", member.self())
            .add("type", member.type())
            .add("httpPorts", ports);
    if (member.memberId() != null) {
      json.add("memberId", member.memberId());
    }
    if (member.host() != null) {
      json.add("host", member.host());
    }
    if (report == null) {
      json.add("health", Json.createObjectBuilder().add("readiness", "UNKNOWN"));
    } else {
      json.add("health", report.toJson());
    }
    return json.build();
  }

  private JsonObject queues() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (AnalysisQueue queue : AnalysisQueue.values()) {
      json.add(
          queue.address(),
          Json.createObjectBuilder()
              .add("depth", queues.depth(queue.address()))
              .add("consumers", queues.consumers(queue.address())));
    }
    json.add(
        QueueDepths.DEAD_LETTER_QUEUE,
        Json.createObjectBuilder().add("depth", queues.depth(QueueDepths.DEAD_LETTER_QUEUE)));
    return json.build();
  }
}
