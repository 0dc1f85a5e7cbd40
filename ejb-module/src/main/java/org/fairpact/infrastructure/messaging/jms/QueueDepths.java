package org.fairpact.infrastructure.messaging.jms;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.fairpact.domain.model.analysis.AnalysisQueue;

/**
 * Publishes the depth of the analysis queues (and the dead-letter queue) as gauges, read from the
 * broker's Jolokia endpoint. A broker that does not answer shows as -1 rather than failing the
 * metrics scrape.
 */
@Singleton
@Startup
public class QueueDepths {

  public static final String DEAD_LETTER_QUEUE = "analysis.dlq";

  @Inject
  @ConfigProperty(name = "fairpact.broker.console-url")
  String consoleUrl;

  @Inject
  @ConfigProperty(name = "fairpact.broker.name", defaultValue = "0.0.0.0")
  String brokerName;

  @Inject
  @ConfigProperty(name = "fairpact.broker.user")
  String user;

  @Inject
  @ConfigProperty(name = "fairpact.broker.password")
  String password;

  @Inject MetricRegistry metrics;
  @Inject Logger log;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @PostConstruct
  void register() {
    Metadata metadata =
        Metadata.builder()
            .withName("fairpact_queue_depth")
            .withDescription("Messages waiting in an analysis queue")
            .withUnit(MetricUnits.NONE)
            .build();
    for (AnalysisQueue queue : AnalysisQueue.values()) {
      metrics.gauge(metadata, () -> depth(queue.address()), new Tag("queue", queue.address()));
    }
    metrics.gauge(metadata, () -> depth(DEAD_LETTER_QUEUE), new Tag("queue", DEAD_LETTER_QUEUE));
  }

  /** Messages in the queue, or -1 if the broker cannot be asked. */
  public long depth(String queue) {
    return attribute(queue, "MessageCount");
  }

  /** Consumers attached to the queue (MDB sessions of every instance), or -1. */
  public long consumers(String queue) {
    return attribute(queue, "ConsumerCount");
  }

  /** Messages ever added to the queue since the broker started, or -1. */
  public long messagesAdded(String queue) {
    return attribute(queue, "MessagesAdded");
  }

  private long attribute(String queue, String attribute) {
    String mbean =
        String.format(
            "org.apache.activemq.artemis:broker=\"%s\",component=addresses,address=\"%s\","
                + "subcomponent=queues,routing-type=\"anycast\",queue=\"%s\"",
            brokerName, queue, queue);
    String url =
        consoleUrl
            + "/console/jolokia/read/"
            + URLEncoder.encode(mbean, StandardCharsets.UTF_8).replace("+", "%20")
            + "/"
            + attribute;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(3))
              .header("Authorization", basicAuth())
              .header("Origin", "http://127.0.0.1")
              .GET()
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        JsonObject json = reader.readObject();
        return json.getInt("status", 500) == 200 ? json.getJsonNumber("value").longValue() : -1;
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.log(Level.FINE, "queue depth of " + queue, e);
      return -1;
    }
  }

  private String basicAuth() {
    String credentials = user + ":" + password;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
