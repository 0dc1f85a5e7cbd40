package org.fairpact.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Analyses made FAILED for real by a cause a replay can fix: the instance is drained (its consumers
 * hand requests back instead of processing them), the documents are submitted, their stored objects
 * are removed from the object store, and the instance takes work again: every attempt finds the
 * object missing (not retried), and after the last one the application gives the analysis up
 * ({@code attempts-exhausted}) and parks its request in the dead-letter queue. {@link #putBack}
 * restores the objects, after which a replay completes.
 */
public final class TransientFailures {

  private static final String DRAIN = "/api/v1/admin/instance/drain";
  private static final Duration FAILS_WITHIN = Duration.ofMinutes(3);

  private TransientFailures() {}

  /** A copy of the example contract no other test submits (its own stored object). */
  public static String uniqueContract() {
    return ExampleContract.text() + "\n\n" + UUID.randomUUID() + "\n";
  }

  /** Submits each text and makes its analysis FAILED; their ids, in order. */
  public static List<String> failedAnalyses(Api api, List<String> texts, String token) {
    Analyses analyses = new Analyses(api);
    List<String> ids = new ArrayList<>();
    ApiResponse drained = api.post(DRAIN, new byte[0], Tokens.admin(), java.util.Map.of());
    assertThat(drained.status()).as(drained.toString()).isEqualTo(200);
    try {
      for (String text : texts) {
        ApiResponse accepted = analyses.submitText(text, token);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String id = accepted.json().getString("analysisId");
        ids.add(id);
        StoredObjects.remove(StoredObjects.keyOfAnalysis(id));
      }
    } finally {
      ApiResponse resumed = api.delete(DRAIN, Tokens.admin());
      assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
    }
    for (String id : ids) {
      assertThat(analyses.awaitFinished(id, token, FAILS_WITHIN).getString("status"))
          .as("analysis %s without its stored document", id)
          .isEqualTo("FAILED");
    }
    return ids;
  }

  /** Puts the objects of the analyses' documents (of these texts, in order) back. */
  public static void putBack(List<String> analysisIds, List<String> texts) {
    for (int i = 0; i < analysisIds.size(); i++) {
      StoredObjects.put(
          StoredObjects.keyOfAnalysis(analysisIds.get(i)),
          texts.get(i).getBytes(StandardCharsets.UTF_8));
    }
  }
}
