package org.fairpact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Date;
import java.util.Optional;
import org.fairpact.application.ClauseSyncs;
import org.fairpact.application.SourceNotAllowedException;
import org.fairpact.application.SystemEvents;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * Starts and inspects the clause-sync batch job. A start while a sync runs anywhere in the cluster
 * is refused with 409; a source outside the configured allow-list (directories, URL prefixes) or
 * longer than its maximum with 400 {@code source-not-allowed}, before anything is started, stored
 * or logged.
 */
@Path("v1/admin/clause-sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class ClauseSyncResource {

  static final String JOB = "clause-sync";

  @Inject SystemEvents events;
  @Inject ClauseSyncs syncs;
  @Context UriInfo uri;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public Response start(String body) {
    long executionId;
    try {
      executionId = syncs.start(Optional.ofNullable(source(body)));
    } catch (SourceNotAllowedException refused) {
      throw new ProblemException(Problem.SOURCE_NOT_ALLOWED, refused.getMessage());
    } catch (ClauseSyncs.ClauseSyncRunningException running) {
      throw new ProblemException(Problem.CONFLICT, running.getMessage());
    }
    return Response.accepted(
            Json.createObjectBuilder()
                .add("executionId", executionId)
                .add("status", "STARTING")
                .build())
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(executionId)).build())
        .build();
  }

  @GET
  @Path("{executionId}")
  public JsonObject execution(@PathParam("executionId") String id) {
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
    return json.build();
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
