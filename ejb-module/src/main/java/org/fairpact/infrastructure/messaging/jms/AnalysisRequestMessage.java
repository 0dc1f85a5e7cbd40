package org.fairpact.infrastructure.messaging.jms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;
import org.fairpact.application.AnalysisRequest;
import org.fairpact.domain.model.analysis.AnalysisQueue;

/**
 * The wire form of an analysis request: versioned JSON in a TextMessage. Version 1 fields: version,
 * analysisId, documentId, tenant, queue. Readers reject versions they do not know.
 */
final class AnalysisRequestMessage {

  static final int VERSION = 1;

  private AnalysisRequestMessage() {}

  static String toJson(AnalysisRequest request) {
    return Json.createObjectBuilder()
        .add("version", VERSION)
        .add("analysisId", request.analysisId().toString())
        .add("documentId", request.documentId().toString())
        .add("tenant", request.tenant())
        .add("queue", request.queue().name())
        .build()
        .toString();
  }

  static AnalysisRequest fromJson(String json) {
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      body = reader.readObject();
    }
    int version = body.getInt("version", 0);
    if (version != VERSION) {
      throw new IllegalArgumentException("unsupported analysis request version " + version);
    }
    return new AnalysisRequest(
        UUID.fromString(body.getString("analysisId")),
        UUID.fromString(body.getString("documentId")),
        body.getString("tenant"),
        AnalysisQueue.valueOf(body.getString("queue")));
  }
}
