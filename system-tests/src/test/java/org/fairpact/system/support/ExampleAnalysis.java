package org.fairpact.system.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.testsupport.Poll;

/**
 * The example contract submitted through a front end (nginx, the containers' or the DAS) and its
 * analysis followed until it has finished: what the end-to-end tests of each way to run share.
 */
public final class ExampleAnalysis {

  private static final Set<String> RUNNING = Set.of("QUEUED", "PROCESSING");

  private ExampleAnalysis() {}

  /**
   * Uploads the example contract as {@code NAME.txt} (its bytes made unique, so no earlier upload
   * answers it) and answers the analysis id of the 202.
   */
  public static String submit(FrontEnd front, String token, String name) {
    Response accepted =
        front.post(
            "/api/v1/documents?filename=" + name + ".txt&lang=pl",
            Contracts.example(name + "-" + System.nanoTime()),
            token,
            Map.of("Content-Type", "text/plain"));
    assertThat(accepted.status()).as("upload: %s", accepted).isEqualTo(202);
    return json(accepted.body()).getString("analysisId");
  }

  /** Polls the analysis until it is neither QUEUED nor PROCESSING; answers that last answer. */
  public static Response awaitFinished(FrontEnd front, String token, String id, Duration limit) {
    return Poll.until(
        limit,
        () -> front.get("/api/v1/analyses/" + id, token),
        r -> r.status() == 200 && !RUNNING.contains(status(r)),
        "analysis " + id + " to finish");
  }

  /** The status of an analysis answer, or "?" for any other answer. */
  public static String status(Response response) {
    return response.status() == 200 ? json(response.body()).getString("status", "?") : "?";
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
