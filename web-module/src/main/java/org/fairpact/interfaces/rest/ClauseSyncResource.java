package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.security.Principal;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.ClauseSyncExecutions;
import org.fairpact.application.ClauseSyncStops;
import org.fairpact.application.ClauseSyncs;
import org.fairpact.application.SourceNotAllowedException;
import org.fairpact.application.SystemEvents;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * Starts, lists, inspects, stops and restarts the clause-sync batch job. A start or restart while a
 * sync runs anywhere in the cluster is refused with 409; a source outside the configured allow-list
 * (directories, URL prefixes) or longer than its maximum with 400 {@code source-not-allowed},
 * before anything is started, stored or logged. Listings and details come from the shared job
 * repository, so every instance shows every execution, whichever instance ran it.
 */
@Path("v1/admin/clause-sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Clause sync")
public class ClauseSyncResource {

  static final String JOB = "clause-sync";

  @Inject SystemEvents events;
  @Inject ClauseSyncs syncs;
  @Inject ClauseSyncExecutions executions;
  @Inject ClauseSyncStops stops;
  @Inject AuditedActions audited;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** Executions newest first, {@code limit} at a time; {@code cursor} is the previous page's. */
  @GET
  @Operation(
      operationId = "listClauseSyncs",
      summary = "List clause-sync executions, newest first",
      description =
          "From the shared job repository, whichever instance ran them. When there are more, the"
              + " answer has nextCursor and a Link rel=\"next\" header.")
  @APIResponse(
      responseCode = "200",
      description = "One page of executions.",
      headers =
          @Header(
              name = "Link",
              description = "<...?limit=N&cursor=C>; rel=\"next\" when there are more",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncExecutionPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response list(
      @Parameter(
              description = "Executions per page (1-100, default 20).",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "The previous page's nextCursor.") @QueryParam("cursor")
          String cursor) {
    int size = Pages.limit(limit);
    Optional<Long> before = Pages.numericCursor(cursor);
    return Pages.json(
        uri,
        size,
        executions.list(size + 1, before),
        Json.createObjectBuilder(),
        "executions",
        ClauseSyncExecutionView::summary,
        execution -> String.valueOf(execution.executionId()));
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Operation(
      operationId = "startClauseSync",
      summary = "Start a clause sync",
      description =
          "Runs the clause-sync batch job on the answering instance, from the bundled snapshot or"
              + " the given source (an allowed file or URL).")
  @RequestBody(
      description = "The source; no body (or no source) for the bundled snapshot.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncStart")))
  @APIResponse(
      responseCode = "202",
      description = "Started.",
      headers =
          @Header(
              name = "Location",
              description = "The execution.",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncAccepted")))
  @APIResponse(
      responseCode = "400",
      description =
          "`source-not-allowed` (outside the allow-list, malformed or too long) or `invalid-request` (not JSON).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(
      responseCode = "409",
      description = "`conflict`: a sync runs somewhere in the cluster.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response start(String body) {
    long executionId =
        audited.run(AuditAction.CLAUSE_SYNC_START, null, null, () -> startSync(body));
    return Response.accepted(
            Json.createObjectBuilder()
                .add("executionId", executionId)
                .add("status", "STARTING")
                .build())
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(executionId)).build())
        .build();
  }

  private long startSync(String body) {
    try {
      return syncs.start(Optional.ofNullable(source(body)));
    } catch (SourceNotAllowedException refused) {
      throw new ProblemException(Problem.SOURCE_NOT_ALLOWED, refused.getMessage());
    } catch (ClauseSyncs.ClauseSyncRunningException running) {
      throw new ProblemException(Problem.CONFLICT, running.getMessage());
    }
  }

  @GET
  @Path("{executionId}")
  @Operation(
      operationId = "getClauseSync",
      summary = "Read one clause-sync execution",
      description = "Its status, steps and metrics, the counts it recorded and its skipped rows.")
  @APIResponse(
      responseCode = "200",
      description = "The execution.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncExecution")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject execution(
      @Parameter(description = "The execution id.", example = "42") @PathParam("executionId")
          String id) {
    JobExecution execution = find(id);
    var json =
        Json.createObjectBuilder()
            .add("executionId", execution.getExecutionId())
            .add("job", execution.getJobName())
            .add("status", execution.getBatchStatus().name());
    add(json, "exitStatus", execution.getExitStatus());
    add(json, "startTime", execution.getStartTime());
    add(json, "endTime", execution.getEndTime());
    events.byKindAndReference(SystemEvent.CLAUSE_SYNC_FINISHED, id).stream()
        .findFirst()
        .ifPresent(event -> json.add("counts", parse(event.details())));
    executions
        .find(execution.getExecutionId())
        .ifPresent(
            stored -> {
              JsonObject summary = ClauseSyncExecutionView.summary(stored).build();
              json.add("jobInstanceId", summary.get("jobInstanceId"))
                  .add("parameters", summary.get("parameters"))
                  .add("steps", summary.get("steps"));
              if (summary.containsKey("lastUpdated")) {
                json.add("lastUpdated", summary.get("lastUpdated"));
              }
              List<SystemEvent> skipped =
                  events.byKindsAndReference(
                      List.of(SystemEvent.CLAUSE_SYNC_ROW_SKIPPED),
                      String.valueOf(execution.getExecutionId()));
              JsonArrayBuilder rows = Json.createArrayBuilder();
              skipped.forEach(event -> rows.add(ClauseSyncExecutionView.details(event.details())));
              json.add(
                  "skippedRows",
                  Json.createObjectBuilder()
                      .add("total", stored.skipped())
                      .add("reported", skipped.size())
                      .add("rows", rows));
            });
    return json.build();
  }

  /**
   * Stops a running execution at its next chunk boundary, on whichever instance runs it; it ends
   * STOPPED and may be restarted. 409 {@code clause-sync-not-running} if it is not running.
   */
  @POST
  @Path("{executionId}/stop")
  @Operation(
      operationId = "stopClauseSync",
      summary = "Stop a running clause sync",
      description = "It stops at its next chunk boundary, on whichever instance runs it.")
  @APIResponse(
      responseCode = "202",
      description = "Stopping.",
      headers =
          @Header(
              name = "Location",
              description = "The execution.",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncAccepted")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "409",
      description =
          "`clause-sync-not-running`: the execution is not STARTING, STARTED or STOPPING.",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response stop(
      @Parameter(description = "The execution id.", example = "42") @PathParam("executionId")
          String id) {
    Stop stop = audited.run(AuditAction.CLAUSE_SYNC_STOP, id, null, () -> stopSync(id));
    return Response.accepted(
            Json.createObjectBuilder()
                .add("executionId", stop.executionId())
                .add("status", "STOPPING")
                .add(
                    "stop",
                    stop.outcome() == ClauseSyncStops.Outcome.STOPPED_HERE
                        ? "signalled"
                        : "requested")
                .build())
        .location(executionUri(stop.executionId()))
        .build();
  }

  private Stop stopSync(String id) {
    long executionId = find(id).getExecutionId();
    try {
      return new Stop(executionId, stops.stop(executionId, caller()));
    } catch (ClauseSyncStops.ClauseSyncNotRunningException notRunning) {
      throw new ProblemException(Problem.CLAUSE_SYNC_NOT_RUNNING, notRunning.getMessage());
    }
  }

  private record Stop(long executionId, ClauseSyncStops.Outcome outcome) {}

  /**
   * Restarts a STOPPED or FAILED execution from its last checkpoint as a new execution (202 with
   * its id and Location). 409 {@code clause-sync-not-restartable} for any other status or an
   * execution that is not the latest of its job instance; 409 {@code conflict} while a sync runs
   * anywhere.
   */
  @POST
  @Path("{executionId}/restart")
  @Operation(
      operationId = "restartClauseSync",
      summary = "Restart a stopped or failed clause sync",
      description =
          "A new execution from the last checkpoint, with the parameters the first was started"
              + " with.")
  @APIResponse(
      responseCode = "202",
      description = "Restarted as a new execution.",
      headers =
          @Header(
              name = "Location",
              description = "The execution.",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncAccepted")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(
      responseCode = "409",
      description =
          "`clause-sync-not-restartable` (not STOPPED or FAILED, or not the latest of its job instance) or `conflict` (a sync runs).",
      content =
          @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response restart(
      @Parameter(description = "The execution id.", example = "42") @PathParam("executionId")
          String id) {
    Restart restart = audited.run(AuditAction.CLAUSE_SYNC_RESTART, id, null, () -> restartSync(id));
    return Response.accepted(
            Json.createObjectBuilder()
                .add("executionId", restart.restarted())
                .add("restartOf", restart.executionId())
                .add("status", "STARTING")
                .build())
        .location(executionUri(restart.restarted()))
        .build();
  }

  private Restart restartSync(String id) {
    long executionId = find(id).getExecutionId();
    try {
      return new Restart(executionId, syncs.restart(executionId, caller()));
    } catch (ClauseSyncs.ClauseSyncNotRestartableException refused) {
      throw new ProblemException(Problem.CLAUSE_SYNC_NOT_RESTARTABLE, refused.getMessage());
    } catch (ClauseSyncs.ClauseSyncRunningException running) {
      throw new ProblemException(Problem.CONFLICT, running.getMessage());
    }
  }

  private record Restart(long executionId, long restarted) {}

  /**
   * The system events of one execution, oldest first: its restart, the rows it skipped (at most
   * 100), stop requests, its abandonment and the counts it finished with.
   */
  @GET
  @Path("{executionId}/events")
  @Operation(
      operationId = "listClauseSyncEvents",
      summary = "Read a clause-sync execution's system events",
      description = "Oldest first: restart, skipped rows, stop requests, abandonment, the counts.")
  @APIResponse(
      responseCode = "200",
      description = "The events.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ClauseSyncEvents")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject events(
      @Parameter(description = "The execution id.", example = "42") @PathParam("executionId")
          String id) {
    long executionId = find(id).getExecutionId();
    return Json.createObjectBuilder()
        .add("executionId", executionId)
        .add(
            "events",
            ClauseSyncExecutionView.events(
                events.byKindsAndReference(
                    SystemEvent.CLAUSE_SYNC_KINDS, String.valueOf(executionId))))
        .build();
  }

  private URI executionUri(long executionId) {
    return uri.getBaseUriBuilder()
        .path(ClauseSyncResource.class)
        .path(String.valueOf(executionId))
        .build();
  }

  private String caller() {
    Principal principal = security.getUserPrincipal();
    return principal == null ? "unknown" : principal.getName();
  }

  private JobExecution find(String id) {
    try {
      JobExecution execution = operator().getJobExecution(Long.parseLong(id));
      if (execution == null || !JOB.equals(execution.getJobName())) {
        throw new NoSuchJobExecutionException(id);
      }
      return execution;
    } catch (NumberFormatException | NoSuchJobExecutionException e) {
      throw new ProblemException(Problem.NOT_FOUND, "no clause-sync execution " + id);
    }
  }

  private static String source(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      String source = json.getString("source", null);
      return source == null || source.isBlank() ? null : source.strip();
    } catch (RuntimeException e) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "body must be JSON like {\"source\": \"file or URL\"}");
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static void add(jakarta.json.JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Date date) {
      json.add(name, date.toInstant().toString());
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }
}
