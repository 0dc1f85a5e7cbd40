package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.AnalysisReplay;
import org.fairpact.application.AuditLog;
import org.fairpact.application.FailedAnalyses;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository.FailedPosition;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.analysis.FailureLabel;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.infrastructure.messaging.jms.QueueDepths;

/**
 * FAILED analyses and their replay. The reason of a failure is its failure code (a document
 * defect), else {@code attempts-exhausted} and the like, else {@code other}. A replay puts the
 * analysis back to QUEUED with a fresh budget of attempts and sends its request again through the
 * outbox (its parked request leaves the dead-letter queue); only FAILED analyses are replayed, any
 * other answers 409 {@code analysis-not-failed}. Every replay, refused ones too, is audited.
 */
@Path("v1/admin/failed-analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class FailedAnalysesResource {

  private static final String CURSOR_KIND = "failed-analyses";

  @Inject FailedAnalyses failed;
  @Inject AnalysisReplay replay;
  @Inject AuditLog audit;
  @Inject CallerScope caller;
  @Inject QueueDepths queues;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listFailedAnalyses",
      summary = "List FAILED analyses",
      description =
          "Counts of FAILED analyses by reason, the dead-letter queue's depth, and FAILED analyses"
              + " newest first (of one reason or all), limit at a time; the next page's URL is in"
              + " the Link header (rel=\"next\"). Role admin.")
  @APIResponse(
      responseCode = "200",
      description = "Counts and a page of FAILED analyses.",
      headers =
          @Header(
              name = "Link",
              description = "The next page, `<...>; rel=\"next\"`, when there is one.",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "FailedAnalysesPage")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: bad limit or cursor.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response list(
      @Parameter(
              description = "Only this reason (a failure code or the like).",
              example = "attempts-exhausted")
          @QueryParam("reason")
          String reason,
      @Parameter(
              description = ListingRequest.LIMIT,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = ListingRequest.CURSOR) @QueryParam("cursor") String cursor) {
    int size = Pages.limit(limit);
    Optional<String> only =
        Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
    List<Analysis> page = failed.page(only, position(cursor), size + 1);
    JsonObjectBuilder counts = Json.createObjectBuilder();
    long total = 0;
    for (var count : failed.countsByReason().entrySet()) {
      counts.add(count.getKey(), count.getValue());
      total += count.getValue();
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("total", total)
            .add("byReason", counts)
            .add(
                "deadLetterQueue",
                Json.createObjectBuilder()
                    .add("depth", queues.depth(QueueDepths.DEAD_LETTER_QUEUE)));
    return Pages.json(
        uri,
        size,
        page,
        body,
        "analyses",
        FailedAnalysesResource::json,
        FailedAnalysesResource::cursorOf);
  }

  @POST
  @Path("{id}/replay")
  @Operation(
      operationId = "replayFailedAnalysis",
      summary = "Replay one FAILED analysis",
      description =
          "Back to QUEUED with a fresh budget of attempts, its request sent again; 202 with the"
              + " analysis's URL in Location. Audited, refusals too. Role admin.")
  @APIResponse(
      responseCode = "202",
      description = "Replayed: the analysis is QUEUED.",
      headers =
          @Header(
              name = "Location",
              description = "The analysis: /api/v1/analyses/{id}",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ReplayedAnalysis")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "409",
      description = "`analysis-not-failed`: the analysis is not FAILED.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response replayOne(
      @Parameter(description = "The analysis id (a UUID).") @PathParam("id") String id) {
    UUID analysisId = analysisId(id);
    AnalysisStatus was = replay.replay(analysisId, caller.actor(), "one");
    if (was == null) {
      throw new ProblemException(Problem.NOT_FOUND, "no analysis " + id);
    }
    if (was != AnalysisStatus.FAILED) {
      throw new ProblemException(
          Problem.ANALYSIS_NOT_FAILED, "analysis " + id + " is " + was + ", not FAILED");
    }
    return Response.accepted(
            Json.createObjectBuilder()
                .add("id", analysisId.toString())
                .add("status", AnalysisStatus.QUEUED.name())
                .build())
        .location(uri.getBaseUriBuilder().path("v1/analyses").path(analysisId.toString()).build())
        .build();
  }

  @POST
  @Path("replay")
  @Operation(
      operationId = "replayFailedAnalyses",
      summary = "Replay every FAILED analysis of a reason",
      description =
          "Each FAILED analysis of the reason (at most 1000 per call) back to QUEUED with its"
              + " request sent again, each in a transaction of its own; answers how many. Role"
              + " admin.")
  @APIResponse(
      responseCode = "202",
      description = "The number replayed.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReplayCount")))
  @APIResponse(
      responseCode = "400",
      description = "`invalid-request`: no reason given, or one over 40 characters.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response replayAll(
      @Parameter(
              description = "The reason (failure code) whose FAILED analyses to replay.",
              required = true,
              example = "attempts-exhausted")
          @QueryParam("reason")
          String reason) {
    String label = reason == null ? "" : reason.strip();
    if (label.isEmpty() || label.length() > 40) {
      audit.recordApart(
          caller.actor(), AuditAction.ANALYSIS_REPLAY_ALL, null, "refused: invalid-request", null);
      throw new ProblemException(
          Problem.INVALID_REQUEST, "reason must name a failure reason, e.g. attempts-exhausted");
    }
    int replayed = failed.replayAll(label, caller.actor());
    return Response.accepted(
            Json.createObjectBuilder().add("reason", label).add("replayed", replayed).build())
        .build();
  }

  private UUID analysisId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      audit.recordApart(
          caller.actor(), AuditAction.ANALYSIS_REPLAY, id, "refused: not-found", null);
      throw new ProblemException(Problem.NOT_FOUND, "no analysis " + id);
    }
  }

  private static JsonObjectBuilder json(Analysis analysis) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", analysis.id().toString())
            .add("documentId", analysis.documentId().toString())
            .add("tenant", analysis.tenant())
            .add("queue", analysis.queue().address())
            .add("reason", FailureLabel.of(analysis))
            .add("attempts", analysis.attempts())
            .add("replays", analysis.replays());
    analysis.failureCode().ifPresent(code -> json.add("failureCode", code));
    analysis.failureReason().ifPresent(text -> json.add("failureReason", text));
    analysis.completedAt().ifPresent(at -> json.add("failedAt", at.toInstant().toString()));
    return json;
  }

  private static String cursorOf(Analysis last) {
    return ListingCursor.encode(
        CURSOR_KIND, new Listing.Position(last.completedAt().orElseThrow(), last.id()));
  }

  private static Optional<FailedPosition> position(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    Listing.Position position = ListingCursor.decode(CURSOR_KIND, cursor);
    return Optional.of(new FailedPosition(position.at(), position.id()));
  }
}
