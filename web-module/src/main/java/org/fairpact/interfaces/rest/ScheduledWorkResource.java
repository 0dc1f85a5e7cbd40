package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fairpact.application.scheduling.ScheduledWorks;
import org.fairpact.application.scheduling.TickResult;
import org.fairpact.application.scheduling.UnknownWorkException;
import org.fairpact.application.scheduling.WorkStatus;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.scheduling.ScheduledRun;

/**
 * Periodic work (clause-sync, analysis-reaper): its effective schedule, recent runs with the
 * instance that ran each slot, a cluster-wide schedule override (PUT/DELETE .../schedule; takes
 * effect on every instance's next tick, no restart), and {@code POST .../trigger}: this instance
 * claims the due slot now, exactly as its timer would, so it runs only if no instance has run it.
 */
@Path("v1/admin/scheduled-work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
@Tag(name = "Scheduled work")
public class ScheduledWorkResource {

  private static final int RUNS = 10;

  @Inject ScheduledWorks works;
  @Inject CallerScope caller;
  @Inject AuditedActions audited;

  @GET
  @Operation(
      operationId = "listScheduledWork",
      summary = "List the periodic work",
      description = "Each work's effective schedule, recent runs and this instance's ticks.")
  @APIResponse(
      responseCode = "200",
      description = "Every periodic work.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ScheduledWorkList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonArray list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    works.status(RUNS).forEach(status -> list.add(json(status)));
    return list.build();
  }

  @GET
  @Path("{work}")
  @Operation(
      operationId = "getScheduledWork",
      summary = "Show one periodic work",
      description =
          "Its schedule, override, recent runs with their owners and this instance's ticks.")
  @APIResponse(
      responseCode = "200",
      description = "The work.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScheduledWork")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject work(
      @Parameter(description = "The work's name.", example = "clause-sync") @PathParam("work")
          String work) {
    return json(known(() -> works.status(work, RUNS)));
  }

  @PUT
  @Path("{work}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "overrideSchedule",
      summary = "Override a work's schedule for the whole cluster",
      description = "Takes effect on every instance's next tick, without a restart.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ScheduleOverride")))
  @APIResponse(
      responseCode = "200",
      description = "The work with its new schedule.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScheduledWork")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject override(
      @Parameter(description = "The work's name.", example = "clause-sync") @PathParam("work")
          String work,
      String body) {
    audited.run(
        AuditAction.SCHEDULE_CHANGE,
        work,
        body == null ? null : body.strip(),
        () ->
            known(
                () -> {
                  works.override(work, schedule(body), caller.subject());
                  return null;
                }));
    return work(work);
  }

  @DELETE
  @Path("{work}/schedule")
  @Operation(
      operationId = "clearScheduleOverride",
      summary = "Drop a work's schedule override",
      description = "The configured schedule applies again from every instance's next tick.")
  @APIResponse(
      responseCode = "200",
      description = "The work with its configured schedule.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScheduledWork")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject clearOverride(
      @Parameter(description = "The work's name.", example = "clause-sync") @PathParam("work")
          String work) {
    audited.run(
        AuditAction.SCHEDULE_CLEAR,
        work,
        null,
        () ->
            known(
                () -> {
                  works.clearOverride(work);
                  return null;
                }));
    return work(work);
  }

  @POST
  @Path("{work}/trigger")
  @Operation(
      operationId = "triggerScheduledWork",
      summary = "Claim a work's due slot now",
      description =
          "This instance claims the due slot as its timer would: the work runs only if no"
              + " instance has run that slot.")
  @APIResponse(
      responseCode = "200",
      description = "What the claim decided.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tick")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public JsonObject trigger(
      @Parameter(description = "The work's name.", example = "clause-sync") @PathParam("work")
          String work) {
    TickResult result =
        audited.run(
            AuditAction.SCHEDULE_TRIGGER,
            work,
            null,
            () -> known(() -> works.trigger(work, Instant.now())));
    return json(result);
  }

  private static JsonObject json(TickResult result) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("work", result.work())
            .add("decision", result.decision().name());
    result.slot().ifPresent(slot -> json.add("slot", slot.toString()));
    result.owner().ifPresent(owner -> json.add("owner", owner));
    result.outcome().ifPresent(outcome -> json.add("outcome", outcome));
    return json.build();
  }

  private static JsonObject json(WorkStatus status) {
    JsonArrayBuilder runs = Json.createArrayBuilder();
    for (ScheduledRun run : status.recentRuns()) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("slot", run.slot().toString())
              .add("owner", run.owner())
              .add("claims", run.claims())
              .add("claimedAt", run.claimedAt().toString())
              .add("leaseUntil", run.leaseUntil().toString());
      run.finishedAt().ifPresent(at -> json.add("finishedAt", at.toString()));
      run.outcome().ifPresent(outcome -> json.add("outcome", outcome));
      runs.add(json);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("work", status.work())
            .add("schedule", status.schedule())
            .add("configured", status.configured());
    status.override().ifPresent(override -> json.add("override", override));
    JsonArrayBuilder ticks = Json.createArrayBuilder();
    status.ticksHere().forEach(tick -> ticks.add(json(tick)));
    return json.add("recentRuns", runs)
        .add("instance", status.instance())
        .add("ticksHere", ticks)
        .build();
  }

  private static String schedule(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      String schedule = reader.readObject().getString("schedule", "").strip();
      if (!schedule.isEmpty()) {
        return schedule;
      }
    } catch (RuntimeException e) {
      // answered below
    }
    throw new ProblemException(
        Problem.INVALID_REQUEST, "body must be JSON like {\"schedule\": \"every 20s\"}");
  }

  private static <T> T known(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (UnknownWorkException e) {
      throw new ProblemException(Problem.NOT_FOUND, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.INVALID_REQUEST, e.getMessage());
    }
  }
}
