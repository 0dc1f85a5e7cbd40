package org.fairpact.infrastructure.messaging.jms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.fairpact.application.RegisterSynced;

/**
 * The wire form of "the register changed" on the {@code register.changes} topic: versioned JSON.
 * Version 1 fields: version, executionId, added, updated, deactivated, origin (the instance that
 * ran the sync and has refreshed its own index already).
 */
record RegisterChangeMessage(RegisterSynced sync, String origin) {

  static final int VERSION = 1;

  String toJson() {
    return Json.createObjectBuilder()
        .add("version", VERSION)
        .add("executionId", sync.executionId())
        .add("added", sync.added())
        .add("updated", sync.updated())
        .add("deactivated", sync.deactivated())
        .add("origin", origin)
        .build()
        .toString();
  }

  static RegisterChangeMessage fromJson(String json) {
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      body = reader.readObject();
    }
    int version = body.getInt("version", 0);
    if (version != VERSION) {
      throw new IllegalArgumentException("unsupported register change version " + version);
    }
    return new RegisterChangeMessage(
        new RegisterSynced(
            body.getJsonNumber("executionId").longValue(),
            body.getJsonNumber("added").longValue(),
            body.getJsonNumber("updated").longValue(),
            body.getJsonNumber("deactivated").longValue()),
        body.getString("origin"));
  }
}
