package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.SignedTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every admin and operator action leaves one audit entry: who (the token's subject, tenant and
 * roles), what (action, target, outcome, refusals included), when, and from where (the client
 * address; X-Forwarded-For only from the trusted proxy, and only its last hop). Each test acts
 * under a subject of its own and reads back only that subject's entries.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  private static final String AUDIT = "/api/v1/admin/audit";
  private static final String WORKS = "/api/v1/admin/scheduled-work/";
  private static final String SYNC = "/api/v1/admin/clause-sync";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private String subject;

  @BeforeEach
  void connect() {
    api = new Api(base);
    subject = "audit-it-" + UUID.randomUUID();
  }

  @Test
  void onlyAdminsReadTheAuditLog() {
    ApiResponse integrator = api.get(AUDIT, Tokens.integrator("acme"));
    ApiResponse operator = api.get(AUDIT, Tokens.operator());
    ApiResponse anonymous = api.get(AUDIT, null);

    assertThat(integrator.status()).as(integrator.toString()).isEqualTo(403);
    assertThat(integrator.json().getString("type")).endsWith("/forbidden");
    assertThat(operator.status()).as(operator.toString()).isEqualTo(403);
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    assertThat(api.get(AUDIT + "?action=no-such-action", Tokens.admin()).status()).isEqualTo(400);
    assertThat(api.get(AUDIT + "?limit=0", Tokens.admin()).status()).isEqualTo(400);
  }

  @Test
  void scheduleChangesTriggersAndDrainsLeaveOneEntryEachWithWhoWhatWhenAndWhere() {
    Instant before = Instant.now().minusSeconds(1);
    String admin = token("admin", "ops");
    String operator = token("operator", "night-shift");
    try {
      assertThat(
              api.put(WORKS + "analysis-reaper/schedule", "{\"schedule\":\"every 1h\"}", operator)
                  .status())
          .isEqualTo(200);
      assertThat(api.delete(WORKS + "analysis-reaper/schedule", operator).status()).isEqualTo(200);
      assertThat(post(WORKS + "analysis-reaper/trigger", admin, Map.of()).status()).isEqualTo(200);
      assertThat(
              post(
                      "/api/v1/admin/instance/drain",
                      admin,
                      Map.of("X-Forwarded-For", "198.51.100.7, 203.0.113.9"))
                  .status())
          .isEqualTo(200);
    } finally {
      assertThat(api.delete("/api/v1/admin/instance/drain", admin).status()).isEqualTo(200);
      api.delete(WORKS + "analysis-reaper/schedule", Tokens.admin());
    }

    List<JsonObject> mine = entries();

    assertThat(mine)
        .extracting(e -> e.getString("action"))
        .containsExactly(
            "instance-undrain",
            "instance-drain",
            "schedule-trigger",
            "schedule-clear",
            "schedule-change");
    JsonObject change = only(mine, "schedule-change");
    assertThat(change.getJsonObject("who").getString("subject")).isEqualTo(subject);
    assertThat(change.getJsonObject("who").getString("tenant")).isEqualTo("night-shift");
    assertThat(change.getJsonObject("who").getJsonArray("roles").getString(0))
        .isEqualTo("operator");
    assertThat(change.getString("target")).isEqualTo("analysis-reaper");
    assertThat(change.getString("detail")).contains("every 1h");
    assertThat(change.getString("outcome")).isEqualTo("succeeded");
    assertThat(Instant.parse(change.getString("at"))).isAfter(before).isBefore(Instant.now());
    assertThat(change.getString("from")).isEqualTo("127.0.0.1");
    JsonObject drain = only(mine, "instance-drain");
    assertThat(drain.getString("from"))
        .as("the last hop, the one the trusted proxy added")
        .isEqualTo("203.0.113.9");
    assertThat(drain.getJsonObject("who").getJsonArray("roles").getString(0)).isEqualTo("admin");
    assertThat(drain.getString("target")).isNotBlank();
    assertThat(only(mine, "instance-undrain").getString("from")).isEqualTo("127.0.0.1");
  }

  @Test
  void refusedActionsAreRecordedWithTheirOutcome() {
    String operator = token("operator", "ops");

    ApiResponse badSchedule =
        api.put(WORKS + "analysis-reaper/schedule", "{\"schedule\":\"\"}", operator);
    ApiResponse unknownWork = post(WORKS + "no-such-work/trigger", operator, Map.of());
    ApiResponse badSource =
        api.post(
            SYNC,
            BodyPublishers.ofString("{\"source\":\"/etc/passwd\"}"),
            operator,
            Map.of("Content-Type", "application/json"));

    assertThat(badSchedule.status()).isEqualTo(400);
    assertThat(unknownWork.status()).isEqualTo(404);
    assertThat(badSource.status()).as(badSource.toString()).isEqualTo(400);
    List<JsonObject> mine = entries();
    assertThat(mine).hasSize(3);
    assertThat(only(mine, "schedule-change").getString("outcome"))
        .isEqualTo("refused: invalid-request");
    assertThat(only(mine, "schedule-trigger").getString("outcome")).isEqualTo("refused: not-found");
    assertThat(only(mine, "clause-sync-start").getString("outcome"))
        .isEqualTo("refused: source-not-allowed");
  }

  @Test
  void aSyncStartedThenStoppedAndRestartedWhenOverLeavesOneEntryPerAction() {
    Register.ensureLoaded(api);
    String operator = token("operator", "ops");

    ApiResponse started = post(SYNC, operator, Map.of());
    assertThat(started.status()).as(started.toString()).isIn(202, 409);
    List<JsonObject> afterStart = entries();
    assertThat(afterStart).hasSize(1);
    assertThat(afterStart.get(0).getString("action")).isEqualTo("clause-sync-start");
    assertThat(afterStart.get(0).getString("outcome"))
        .isEqualTo(started.status() == 202 ? "succeeded" : "refused: conflict");
    if (started.status() != 202) {
      return; // another sync runs: the refusal is what this test could observe
    }
    long id = started.json().getJsonNumber("executionId").longValue();
    JsonObject ended = Register.awaitEnded(api, id);
    assertThat(ended.getString("status")).isEqualTo("COMPLETED");

    ApiResponse stop = post(SYNC + "/" + id + "/stop", operator, Map.of());
    ApiResponse restart = post(SYNC + "/" + id + "/restart", operator, Map.of());

    assertThat(stop.status()).isEqualTo(409);
    assertThat(restart.status()).isEqualTo(409);
    List<JsonObject> mine = entries();
    assertThat(mine).hasSize(3);
    assertThat(only(mine, "clause-sync-start").getString("target", ""))
        .as("a start has no target yet")
        .isEmpty();
    JsonObject stopped = only(mine, "clause-sync-stop");
    assertThat(stopped.getString("target")).isEqualTo(String.valueOf(id));
    assertThat(stopped.getString("outcome")).isEqualTo("refused: clause-sync-not-running");
    assertThat(only(mine, "clause-sync-restart").getString("outcome"))
        .isEqualTo("refused: clause-sync-not-restartable");
  }

  @Test
  void theLogPagesNewestFirstWithALinkToTheNextPage() {
    String operator = token("operator", "ops");
    for (int i = 0; i < 3; i++) {
      post(WORKS + "no-such-work/trigger", operator, Map.of());
    }

    ApiResponse first = api.get(AUDIT + "?limit=2&action=schedule-trigger", Tokens.admin());
    String next = first.json().getString("nextCursor");
    ApiResponse second =
        api.get(AUDIT + "?limit=2&action=schedule-trigger&cursor=" + next, Tokens.admin());

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Link"))
        .hasValueSatisfying(
            link ->
                assertThat(link)
                    .contains("rel=\"next\"")
                    .contains("cursor=" + next)
                    .contains("action=schedule-trigger"));
    List<JsonObject> page1 = first.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    List<JsonObject> page2 = second.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    assertThat(page1).hasSize(2);
    assertThat(page1.get(0).getJsonNumber("id").longValue())
        .isGreaterThan(page1.get(1).getJsonNumber("id").longValue());
    assertThat(page2).isNotEmpty();
    assertThat(page2.get(0).getJsonNumber("id").longValue())
        .isLessThan(page1.get(1).getJsonNumber("id").longValue());
    assertThat(page1).allMatch(e -> e.getString("action").equals("schedule-trigger"));
    assertThat(page1.get(0).getJsonObject("who").getString("subject")).isEqualTo(subject);
  }

  private String token(String role, String tenant) {
    return SignedTokens.sign(
        subject, role, tenant, Instant.now().plusSeconds(3600), SignedTokens.issuer());
  }

  private ApiResponse post(String path, String token, Map<String, String> headers) {
    return api.post(path, new byte[0], token, headers);
  }

  /** This test's entries, newest first. */
  private List<JsonObject> entries() {
    ApiResponse page = api.get(AUDIT + "?limit=100", Tokens.admin());
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getJsonObject("who").getString("subject").equals(subject))
        .toList();
  }

  private static JsonObject only(List<JsonObject> entries, String action) {
    List<JsonObject> found =
        entries.stream().filter(e -> e.getString("action").equals(action)).toList();
    assertThat(found).as("entries of %s in %s", action, entries).hasSize(1);
    return found.get(0);
  }
}
