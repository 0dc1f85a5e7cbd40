package org.fairpact.application.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One instance's account of itself, as published to the grid: readiness with each check's status,
 * whether it drains, and per queue its consumer sessions and the requests it is processing. It
 * travels as JSON text so that the grid holds nothing but strings (no application classes to
 * deserialise on other members).
 */
public record InstanceReport(
    String instance,
    String readiness,
    Map<String, String> checks,
    Optional<String> draining,
    Map<String, ConsumerLoad> consumers,
    Instant reportedAt) {

  /** Consumer sessions configured for a queue on this instance and how many are busy. */
  public record ConsumerLoad(int maxSessions, int busy) {}

  public JsonObject toJson() {
    JsonObjectBuilder checkJson = Json.createObjectBuilder();
    checks.forEach(checkJson::add);
    JsonObjectBuilder consumerJson = Json.createObjectBuilder();
    consumers.forEach(
        (queue, load) ->
            consumerJson.add(
                queue,
                Json.createObjectBuilder()
                    .add("maxSessions", load.maxSessions())
                    .add("busy", load.busy())));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("instance", instance)
            .add("readiness", readiness)
            .add("checks", checkJson)
            .add("draining", draining.isPresent());
    draining.ifPresent(reason -> json.add("drainingReason", reason));
    return json.add("consumers", consumerJson).add("reportedAt", reportedAt.toString()).build();
  }

  public static InstanceReport fromJson(String text) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      json = reader.readObject();
    }
    Map<String, String> checks = new LinkedHashMap<>();
    json.getJsonObject("checks").forEach((name, status) -> checks.put(name, string(status)));
    Map<String, ConsumerLoad> consumers = new LinkedHashMap<>();
    json.getJsonObject("consumers")
        .forEach(
            (queue, value) -> {
              JsonObject load = value.asJsonObject();
              consumers.put(
                  queue, new ConsumerLoad(load.getInt("maxSessions"), load.getInt("busy")));
            });
    return new InstanceReport(
        json.getString("instance"),
        json.getString("readiness"),
        checks,
        Optional.ofNullable(json.getString("drainingReason", null)),
        consumers,
        Instant.parse(json.getString("reportedAt")));
  }

  private static String string(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }
}
