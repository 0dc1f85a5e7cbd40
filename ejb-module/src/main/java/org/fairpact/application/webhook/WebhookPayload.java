package org.fairpact.application.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.webhook.WebhookDelivery;

/**
 * The body of a delivery, in the Standard Webhooks shape {@code {"type", "timestamp", "data"}}. A
 * thin payload: the outcome, the ids and links to read the rest through the API (relative to the
 * API's origin).
 */
final class WebhookPayload {

  private WebhookPayload() {}

  static String eventType(Analysis analysis) {
    return analysis.status() == AnalysisStatus.COMPLETED
        ? WebhookDelivery.ANALYSIS_COMPLETED
        : WebhookDelivery.ANALYSIS_FAILED;
  }

  static String of(Analysis analysis, OffsetDateTime now) {
    String id = analysis.id().toString();
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("analysisId", id)
            .add("documentId", analysis.documentId().toString())
            .add("status", analysis.status().name());
    analysis.findingsCount().ifPresent(count -> data.add("findingsCount", count));
    analysis.documentRisk().ifPresent(risk -> data.add("documentRisk", risk));
    analysis.failureCode().ifPresent(code -> data.add("failureCode", code));
    analysis.failureReason().ifPresent(reason -> data.add("failureReason", reason));
    analysis.completedAt().ifPresent(at -> data.add("completedAt", utc(at)));
    JsonObjectBuilder links =
        Json.createObjectBuilder()
            .add("analysis", "/api/v1/analyses/" + id)
            .add("document", "/api/v1/documents/" + analysis.documentId());
    if (analysis.status() == AnalysisStatus.COMPLETED) {
      links.add("findings", "/api/v1/analyses/" + id + "/findings");
    }
    data.add("links", links);
    return Json.createObjectBuilder()
        .add("type", eventType(analysis))
        .add("timestamp", utc(now))
        .add("data", data)
        .build()
        .toString();
  }

  private static String utc(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
