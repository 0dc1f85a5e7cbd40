package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.fairpact.application.FailedAnalyses;
import org.fairpact.domain.model.analysis.AnalysisStatus;

/** How many analyses of every tenant are in each status, and the FAILED ones by reason. */
@Path("v1/admin/analyses/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Administration")
public class AnalysesSummaryResource {

  @Inject FailedAnalyses analyses;

  @GET
  @Operation(
      operationId = "getAnalysesSummary",
      summary = "Count analyses by status",
      description =
          "Counts of all tenants' analyses in each status and of FAILED ones by reason. Roles"
              + " admin, operator.")
  @APIResponse(
      responseCode = "200",
      description = "The counts (every status present, 0 if none).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AnalysesSummary")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject summary() {
    Map<AnalysisStatus, Long> counts = analyses.countsByStatus();
    JsonObjectBuilder byStatus = Json.createObjectBuilder();
    for (AnalysisStatus status : AnalysisStatus.values()) {
      byStatus.add(status.name(), counts.getOrDefault(status, 0L));
    }
    JsonObjectBuilder byReason = Json.createObjectBuilder();
    analyses.countsByReason().forEach(byReason::add);
    return Json.createObjectBuilder()
        .add("byStatus", byStatus)
        .add("failedByReason", byReason)
        .build();
  }
}
