package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Idempotency-Key names the first analysis for its time to live (here shortened to {@value
 * #TTL_SECONDS} s): the same bytes replay it, other bytes are refused with 422, and after it the
 * key creates a new analysis.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  private static final int TTL_SECONDS = 6;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpactWith(Map.of("fairpact.idempotency.ttl", "PT" + TTL_SECONDS + "S"));
  }

  @ArquillianResource URL base;

  private Analyses analyses;
  private Api api;
  private final String tenant = "idempotency-" + UUID.randomUUID();
  private final String token = Tokens.integrator(tenant);
  private final Map<String, String> key =
      Map.of(
          "Idempotency-Key",
          "order-" + UUID.randomUUID(),
          "Content-Type",
          "text/plain; charset=UTF-8");

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
  }

  @Test
  void theSameKeyWithTheSameBytesReplaysTheFirstAnalysis() {
    ApiResponse first = analyses.submit(bytes("Umowa zlecenia."), token, key);
    ApiResponse retry = analyses.submit(bytes("Umowa zlecenia."), token, key);

    assertThat(first.status()).as(first.toString()).isEqualTo(202);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
    assertThat(retry.json().getString("analysisId"))
        .isEqualTo(first.json().getString("analysisId"));
    assertThat(retry.json().getBoolean("replayed")).isTrue();
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
  }

  @Test
  void theSameKeyWithOtherBytesIsRefusedWith422AndStoresNothing() {
    ApiResponse first = analyses.submit(bytes("Umowa zlecenia."), token, key);

    ApiResponse reused = analyses.submit(bytes("Umowa o dzieło."), token, key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.json().getString("type"))
        .isEqualTo("https://fairpact.dev/problems/idempotency-key-reused");
    assertThat(ProfileDatabase.count("SELECT count(*) FROM document WHERE tenant = ?", tenant))
        .isEqualTo(1);
  }

  @Test
  void afterItsTimeToLiveTheKeyCreatesANewAnalysis() {
    ApiResponse first = analyses.submit(bytes("Umowa zlecenia."), token, key);
    String firstId = first.json().getString("analysisId");

    // other bytes too: an expired key names nothing any more, so it is no reuse
    ApiResponse later =
        Poll.until(
            Duration.ofSeconds(TTL_SECONDS * 4L),
            Duration.ofSeconds(1),
            () -> analyses.submit(bytes("Umowa zlecenia."), token, key),
            r -> r.status() == 202 && !r.json().getBoolean("replayed"),
            "the key to expire");
    ApiResponse otherBytes = analyses.submit(bytes("Umowa o dzieło."), token, key);

    assertThat(later.json().getString("analysisId")).isNotEqualTo(firstId);
    assertThat(api.get("/api/v1/analyses/" + firstId, token).status())
        .as("the first analysis stays")
        .isEqualTo(200);
    assertThat(otherBytes.status())
        .as("within the new analysis's time to live the key is taken again")
        .isEqualTo(422);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
