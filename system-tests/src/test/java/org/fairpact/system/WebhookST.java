package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.fairpact.system.support.Contracts;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through nginx on a cluster: every instance's deliverer claims due deliveries, yet each
 * attempt is made by exactly one of them. The receiver refuses the first attempt of every message,
 * so each delivery is retried once (the retries are claimed by whichever instance polls first) and
 * must reach the receiver exactly twice.
 */
class WebhookST {

  private static final int ANALYSES = 8;
  private static final Duration WITHIN = Duration.ofMinutes(3);

  private final FrontEnd front = FrontEnd.plain();

  @Test
  void eachAttemptOfEachDeliveryIsMadeByExactlyOneInstance() throws IOException {
    String token = Tokens.integrator("st-hooks-" + UUID.randomUUID().toString().substring(0, 8));
    List<String> ids = new CopyOnWriteArrayList<>();
    Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String id = exchange.getRequestHeaders().getFirst("webhook-id");
          ids.add(id);
          exchange.sendResponseHeaders(refusedOnce.add(id) ? 500 : 204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      Response registered = front.put("/api/v1/webhook", "{\"url\": \"" + url + "\"}", token);
      assertThat(registered.status()).as("%s", registered).isEqualTo(201);
      List<String> analyses = new ArrayList<>();
      for (int i = 0; i < ANALYSES; i++) {
        Response accepted =
            front.post(
                "/api/v1/documents",
                Contracts.example("WH-" + UUID.randomUUID()),
                token,
                Map.of("Content-Type", "text/plain; charset=UTF-8"));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
        analyses.add(json(accepted.body()).getString("analysisId"));
      }

      List<JsonObject> deliveries =
          Poll.until(
              WITHIN,
              Duration.ofSeconds(1),
              () -> deliveries(token),
              found ->
                  found.size() == ANALYSES
                      && found.stream().allMatch(d -> d.getString("status").equals("DELIVERED")),
              ANALYSES + " deliveries DELIVERED");

      Map<String, Long> requestsPerMessage =
          ids.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
      System.out.printf(
          "=== webhooks on %d instances: %d deliveries, %d requests received%n",
          SystemEnvironment.instances(), deliveries.size(), ids.size());
      assertThat(deliveries)
          .extracting(d -> d.getString("analysisId"))
          .containsExactlyInAnyOrderElementsOf(analyses);
      assertThat(requestsPerMessage)
          .hasSize(ANALYSES)
          .allSatisfy((id, n) -> assertThat(n).isEqualTo(2));
      for (JsonObject delivery : deliveries) {
        assertThat(delivery.getJsonArray("attempts").getValuesAs(JsonObject.class))
            .as("%s", delivery)
            .extracting(a -> a.getInt("number") + ":" + a.getInt("httpStatus"))
            .containsExactly("1:500", "2:204");
      }
    } finally {
      receiver.stop(0);
    }
  }

  private List<JsonObject> deliveries(String token) {
    Response listed = front.get("/api/v1/webhook/deliveries?limit=100", token);
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    return json(listed.body()).getJsonArray("deliveries").getValuesAs(JsonObject.class);
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
