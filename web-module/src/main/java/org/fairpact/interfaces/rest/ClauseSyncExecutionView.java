package org.fairpact.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.fairpact.application.ClauseSyncExecution;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * A clause-sync execution as the operator API shows it: status, the (quoted) source, times as
 * instants, and each step's JBatch metrics. JBatch's local date-times are read in the server's
 * zone.
 */
final class ClauseSyncExecutionView {

  private ClauseSyncExecutionView() {}

  static JsonObjectBuilder summary(ClauseSyncExecution execution) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("executionId", execution.executionId())
            .add("jobInstanceId", execution.instanceId())
            .add("status", execution.status());
    execution.exitStatus().ifPresent(exit -> json.add("exitStatus", exit));
    json.add("parameters", Json.createObjectBuilder().add("source", execution.source()));
    time(json, "createTime", execution.createTime());
    time(json, "startTime", execution.startTime());
    time(json, "endTime", execution.endTime());
    time(json, "lastUpdated", execution.updateTime());
    JsonArrayBuilder steps = Json.createArrayBuilder();
    execution.steps().forEach(step -> steps.add(step(step)));
    return json.add("steps", steps);
  }

  static JsonObjectBuilder step(ClauseSyncExecution.Step step) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("stepExecutionId", step.stepExecutionId())
            .add("name", step.name())
            .add("status", step.status());
    step.exitStatus().ifPresent(exit -> json.add("exitStatus", exit));
    time(json, "startTime", step.startTime());
    time(json, "endTime", step.endTime());
    return json.add(
        "metrics",
        Json.createObjectBuilder()
            .add("read", step.read())
            .add("write", step.write())
            .add("filter", step.filter())
            .add("commit", step.commit())
            .add("rollback", step.rollback())
            .add("readSkip", step.readSkip())
            .add("processSkip", step.processSkip())
            .add("writeSkip", step.writeSkip()));
  }

  static JsonObject event(SystemEvent event) {
    return Json.createObjectBuilder()
        .add("kind", event.kind())
        .add("occurredAt", event.occurredAt().toInstant().toString())
        .add("details", details(event.details()))
        .build();
  }

  static JsonArrayBuilder events(List<SystemEvent> events) {
    JsonArrayBuilder json = Json.createArrayBuilder();
    events.forEach(event -> json.add(event(event)));
    return json;
  }

  static JsonValue details(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (RuntimeException notJson) {
      return Json.createValue(json);
    }
  }

  private static void time(JsonObjectBuilder json, String name, Optional<LocalDateTime> time) {
    time.ifPresent(t -> json.add(name, t.atZone(ZoneId.systemDefault()).toInstant().toString()));
  }
}
