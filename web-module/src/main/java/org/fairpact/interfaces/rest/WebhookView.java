package org.fairpact.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fairpact.application.webhook.Webhooks;
import org.fairpact.domain.model.webhook.Webhook;
import org.fairpact.domain.model.webhook.WebhookAttempt;
import org.fairpact.domain.model.webhook.WebhookDelivery;

/** The JSON of a webhook (its secret only where one was just issued) and of its deliveries. */
final class WebhookView {

  private WebhookView() {}

  static JsonObjectBuilder of(Webhook webhook) {
    return Json.createObjectBuilder()
        .add("url", webhook.url())
        .add("createdAt", utc(webhook.createdAt()))
        .add("updatedAt", utc(webhook.updatedAt()));
  }

  static JsonObjectBuilder of(Webhooks.DeliveryRecord record) {
    WebhookDelivery delivery = record.delivery();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", delivery.messageId())
            .add("type", delivery.eventType())
            .add("analysisId", delivery.analysisId().toString())
            .add("status", delivery.status().name())
            .add("createdAt", utc(delivery.createdAt()));
    delivery
        .nextAttemptAt()
        .filter(next -> delivery.isPending())
        .ifPresent(next -> json.add("nextAttemptAt", utc(next)));
    delivery.finishedAt().ifPresent(at -> json.add("finishedAt", utc(at)));
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    for (WebhookAttempt attempt : record.attempts()) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("number", attempt.number())
              .add("attemptedAt", utc(attempt.attemptedAt()))
              .add("durationMs", attempt.durationMs());
      attempt.url().ifPresent(url -> item.add("url", url));
      attempt.httpStatus().ifPresent(status -> item.add("httpStatus", status));
      attempt.error().ifPresent(error -> item.add("error", error));
      attempts.add(item);
    }
    return json.add("attempts", attempts);
  }

  private static String utc(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
