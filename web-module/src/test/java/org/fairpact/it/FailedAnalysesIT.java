package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.it.support.TransientFailures;
import org.fairpact.testsupport.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FAILED analyses and their replay through the admin API, with analyses that failed for real (their
 * stored documents were missing, see {@link TransientFailures}) and complete once the documents are
 * back: one replayed by id, the others all of their reason; a replay of anything but a FAILED
 * analysis is refused with 409 {@code analysis-not-failed}; every replay is audited.
 */
@ExtendWith(ArquillianExtension.class)
class FailedAnalysesIT {

  private static final String FAILED = "/api/v1/admin/failed-analyses";
  private static final String REASON = "attempts-exhausted";
  private static final Duration COMPLETES_WITHIN = Duration.ofMinutes(2);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private Analyses analyses;
  private String tenant;

  @BeforeEach
  void connect() {
    api = new Api(base);
    analyses = new Analyses(api);
    tenant = "replay-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void failedAnalysesAreListedByReasonAndReplayedOneOrAllOfAReasonUntilTheyComplete() {
    Register.ensureLoaded(api);
    List<String> texts =
        List.of(
            TransientFailures.uniqueContract(),
            TransientFailures.uniqueContract(),
            TransientFailures.uniqueContract());
    String token = Tokens.integrator(tenant);
    List<String> ids = TransientFailures.failedAnalyses(api, texts, token);

    Poll.until(
        Duration.ofSeconds(30),
        () -> Broker.browseAnalysisIds("analysis.dlq"),
        parked -> parked.containsAll(ids),
        "the given-up requests parked in the dead-letter queue");
    ApiResponse listed = api.get(FAILED + "?reason=" + REASON + "&limit=100", Tokens.admin());
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().getJsonObject("byReason").getJsonNumber(REASON).longValue())
        .isGreaterThanOrEqualTo(3);
    assertThat(listed.json().getJsonObject("deadLetterQueue").getJsonNumber("depth").longValue())
        .isGreaterThanOrEqualTo(3);
    List<JsonObject> mine =
        listed.json().getJsonArray("analyses").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("tenant").equals(tenant))
            .toList();
    assertThat(mine).extracting(a -> a.getString("id")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(mine).allSatisfy(a -> assertThat(a.getString("reason")).isEqualTo(REASON));
    assertThat(mine)
        .allSatisfy(
            a -> assertThat(a.getString("failureReason")).contains("FileNotFoundException"));
    TransientFailures.putBack(ids, texts);

    ApiResponse one =
        api.post(FAILED + "/" + ids.get(0) + "/replay", new byte[0], Tokens.admin(), Map.of());

    assertThat(one.status()).as(one.toString()).isEqualTo(202);
    assertThat(one.json().getString("status")).isEqualTo("QUEUED");
    assertThat(one.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/analyses/" + ids.get(0)));
    assertThat(analyses.awaitFinished(ids.get(0), token, COMPLETES_WITHIN).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(Broker.browseAnalysisIds("analysis.dlq"))
        .as("the replayed analysis's parked request left the dead-letter queue")
        .doesNotContain(ids.get(0));

    ApiResponse all =
        api.post(FAILED + "/replay?reason=" + REASON, new byte[0], Tokens.admin(), Map.of());

    assertThat(all.status()).as(all.toString()).isEqualTo(202);
    assertThat(all.json().getInt("replayed")).isGreaterThanOrEqualTo(2);
    for (String id : ids.subList(1, 3)) {
      JsonObject finished = analyses.awaitFinished(id, token, COMPLETES_WITHIN);
      assertThat(finished.getString("status")).as(finished.toString()).isEqualTo("COMPLETED");
      assertThat(finished.getInt("findingsCount")).isPositive();
    }
    List<JsonObject> audited = auditEntries("analysis-replay");
    for (String id : ids) {
      assertThat(audited)
          .filteredOn(e -> e.getString("target").equals(id))
          .as("replay of %s", id)
          .singleElement()
          .satisfies(e -> assertThat(e.getString("outcome")).isEqualTo("succeeded"));
    }
    assertThat(auditEntries("analysis-replay-all"))
        .anySatisfy(e -> assertThat(e.getString("target")).isEqualTo(REASON));

    ApiResponse again =
        api.post(FAILED + "/" + ids.get(0) + "/replay", new byte[0], Tokens.admin(), Map.of());

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().getString("type"))
        .isEqualTo("https://fairpact.dev/problems/analysis-not-failed");
    assertThat(auditEntries("analysis-replay"))
        .filteredOn(e -> e.getString("target").equals(ids.get(0)))
        .first()
        .satisfies(
            e -> assertThat(e.getString("outcome")).isEqualTo("refused: analysis-not-failed"));
  }

  @Test
  void aQueuedOrCompletedAnalysisIsNotReplayedAndUnknownOnesAreNotFound() {
    String token = Tokens.integrator(tenant);
    ApiResponse accepted = analyses.submitText(TransientFailures.uniqueContract(), token);
    String id = accepted.json().getString("analysisId");

    ApiResponse early =
        api.post(FAILED + "/" + id + "/replay", new byte[0], Tokens.admin(), Map.of());
    analyses.awaitFinished(id, token, COMPLETES_WITHIN);
    ApiResponse completed =
        api.post(FAILED + "/" + id + "/replay", new byte[0], Tokens.admin(), Map.of());
    ApiResponse unknown =
        api.post(
            FAILED + "/" + UUID.randomUUID() + "/replay", new byte[0], Tokens.admin(), Map.of());
    ApiResponse malformed =
        api.post(FAILED + "/not-an-id/replay", new byte[0], Tokens.admin(), Map.of());

    assertThat(early.status()).as(early.toString()).isEqualTo(409);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(409);
    assertThat(completed.json().getString("type")).endsWith("/analysis-not-failed");
    assertThat(completed.json().getString("detail")).contains("COMPLETED");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(analyses.awaitFinished(id, token, COMPLETES_WITHIN).getString("status"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void onlyAdminsSeeAndReplayFailedAnalyses() {
    String id = UUID.randomUUID().toString();

    assertThat(api.get(FAILED, Tokens.integrator(tenant)).status()).isEqualTo(403);
    assertThat(api.get(FAILED, Tokens.operator()).status()).isEqualTo(403);
    assertThat(api.get(FAILED, null).status()).isEqualTo(401);
    assertThat(
            api.post(
                    FAILED + "/" + id + "/replay", new byte[0], Tokens.integrator(tenant), Map.of())
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(FAILED + "/replay?reason=" + REASON, new byte[0], Tokens.operator(), Map.of())
                .status())
        .isEqualTo(403);
    assertThat(api.post(FAILED + "/replay", new byte[0], Tokens.admin(), Map.of()).status())
        .isEqualTo(400);
    assertThat(api.get(FAILED + "?cursor=garbage", Tokens.admin()).status()).isEqualTo(400);
  }

  @Test
  void theSummaryCountsAnalysesByStatus() {
    long before = total(api.get("/api/v1/admin/analyses/summary", Tokens.admin()));
    analyses.submitText(TransientFailures.uniqueContract(), Tokens.integrator(tenant));

    ApiResponse summary = api.get("/api/v1/admin/analyses/summary", Tokens.operator());
    ApiResponse integrator = api.get("/api/v1/admin/analyses/summary", Tokens.integrator(tenant));

    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    assertThat(summary.json().getJsonObject("byStatus").keySet())
        .containsExactlyInAnyOrder("QUEUED", "PROCESSING", "COMPLETED", "FAILED");
    assertThat(total(summary)).isGreaterThan(before);
    assertThat(integrator.status()).isEqualTo(403);
  }

  private static long total(ApiResponse summary) {
    return summary.json().getJsonObject("byStatus").values().stream()
        .mapToLong(count -> ((jakarta.json.JsonNumber) count).longValue())
        .sum();
  }

  private List<JsonObject> auditEntries(String action) {
    ApiResponse page = api.get("/api/v1/admin/audit?limit=100&action=" + action, Tokens.admin());
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("entries").getValuesAs(JsonObject.class);
  }
}
