package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fairpact.it.support.Analyses;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Broker;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.ExampleContract;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ClauseSyncRecords;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Periodic work decided in PostgreSQL: the timer fires on the instance, the ledger lets one claim
 * per slot through. Schedules are shortened for the test with the cluster-wide override and put
 * back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledWorkIT {

  private static final String WORKS = "/api/v1/admin/scheduled-work/";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
    Register.ensureLoaded(api);
  }

  @AfterEach
  void restoreSchedules() {
    api.delete(WORKS + "clause-sync/schedule", Tokens.admin());
    api.delete(WORKS + "analysis-reaper/schedule", Tokens.admin());
  }

  @Test
  void theTimerRunsTheSyncOncePerSlotAndConcurrentTriggersDoNotRunItAgain() throws Exception {
    OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
    ApiResponse overridden =
        api.put(WORKS + "clause-sync/schedule", "{\"schedule\":\"every 20s\"}", Tokens.admin());
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
    assertThat(overridden.json().getString("override")).isEqualTo("every 20s");

    // the instance's timer, not the test, claims a slot and starts a sync
    Poll.until(
        Duration.ofSeconds(60),
        () -> ClauseSyncRecords.startedExecutions(since),
        started -> !started.isEmpty(),
        "a scheduled clause-sync run");

    // four triggers at once for the current slot: at most one of them may run it
    List<JsonObject> triggers = triggerConcurrently(4);
    long ran = triggers.stream().filter(t -> t.getString("decision").equals("RAN")).count();
    assertThat(ran).as(triggers.toString()).isLessThanOrEqualTo(1);
    assertThat(triggers)
        .allSatisfy(t -> assertThat(t.getString("decision")).isIn("RAN", "HELD"))
        .allSatisfy(
            t -> assertThat(t.getString("slot")).isEqualTo(triggers.get(0).getString("slot")));

    api.delete(WORKS + "clause-sync/schedule", Tokens.admin());
    List<String> executions = ClauseSyncRecords.awaitScheduledSyncsEnded(since, this::ended);

    assertThat(ClauseSyncRecords.slotsNotRunExactlyOnce(since))
        .as("every slot claimed once and finished")
        .isZero();
    assertThat(executions).doesNotHaveDuplicates();
    assertThat(ClauseSyncRecords.jobExecutionsSince(since))
        .as("job executions since the override")
        .isEqualTo(executions.size());
    for (String execution : executions) {
      assertThat(ClauseSyncRecords.finishEvents(execution))
          .as("system events of execution " + execution)
          .isEqualTo(1);
    }
  }

  @Test
  void theReaperRequeuesAStuckAnalysisWhichThenCompletesExactlyOnce() {
    String tenant = "reaper-" + UUID.randomUUID();
    String token = Tokens.integrator(tenant);
    Analyses analyses = new Analyses(api);
    ApiResponse accepted = analyses.submitText(ExampleContract.text(), token);
    String original = accepted.json().getString("analysisId");
    JsonObject done = analyses.awaitFinished(original, token, Duration.ofMinutes(2));
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    String documentId = accepted.json().getString("documentId");

    // an analysis whose worker vanished an hour ago and whose request message is gone
    UUID stuck = UUID.randomUUID();
    OffsetDateTime anHourAgo = OffsetDateTime.now().minusHours(1);
    ProfileDatabase.update(
        "INSERT INTO analysis (id, document_id, tenant, status, queue, queued_at, started_at,"
            + " attempts) VALUES (?, ?, ?, 'PROCESSING', 'FAST', ?, ?, 1)",
        stuck,
        UUID.fromString(documentId),
        tenant,
        anHourAgo,
        anHourAgo);
    ApiResponse overridden =
        api.put(WORKS + "analysis-reaper/schedule", "{\"schedule\":\"every 5s\"}", Tokens.admin());
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);

    JsonObject reaped = analyses.awaitFinished(stuck.toString(), token, Duration.ofMinutes(2));

    assertThat(reaped.getString("status")).as(reaped.toString()).isEqualTo("COMPLETED");
    assertThat(reaped.getInt("findingsCount")).isEqualTo(done.getInt("findingsCount"));
    assertThat(ProfileDatabase.count("SELECT count(*) FROM finding WHERE analysis_id = ?", stuck))
        .isEqualTo(done.getInt("findingsCount"));
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE kind = 'ANALYSIS_REQUEUED'"
                    + " AND reference = ?",
                stuck.toString()))
        .isEqualTo(1);
    // later reaper runs leave it alone: it is no longer in PROCESSING
    long runsSoFar = reaperRuns();
    Poll.until(Duration.ofSeconds(30), this::reaperRuns, runs -> runs >= runsSoFar + 2, "reaper");
    assertThat(ProfileDatabase.count("SELECT requeues FROM analysis WHERE id = ?", stuck))
        .isEqualTo(1);
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM scheduled_run WHERE work = 'analysis-reaper' AND claims <> 1"))
        .isZero();
  }

  @Test
  void theReaperPutsBackARequestTheBrokerDeadLetteredBeforeAnyAttempt() {
    String tenant = "dead-letter-" + UUID.randomUUID();
    String token = Tokens.integrator(tenant);
    Analyses analyses = new Analyses(api);
    ApiResponse accepted = analyses.submitText(ExampleContract.text(), token);
    JsonObject done =
        analyses.awaitFinished(
            accepted.json().getString("analysisId"), token, Duration.ofMinutes(2));
    String documentId = accepted.json().getString("documentId");

    // an accepted analysis whose request the broker gave up on: every delivery was rolled back
    UUID lost = UUID.randomUUID();
    ProfileDatabase.update(
        "INSERT INTO analysis (id, document_id, tenant, status, queue, queued_at)"
            + " VALUES (?, ?, ?, 'QUEUED', 'FAST', ?)",
        lost,
        UUID.fromString(documentId),
        tenant,
        OffsetDateTime.now());
    Broker.send(
        "analysis.dlq",
        "{\"version\":1,\"analysisId\":\""
            + lost
            + "\",\"documentId\":\""
            + documentId
            + "\",\"tenant\":\""
            + tenant
            + "\",\"queue\":\"FAST\"}",
        lost.toString());
    ApiResponse overridden =
        api.put(WORKS + "analysis-reaper/schedule", "{\"schedule\":\"every 5s\"}", Tokens.admin());
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);

    JsonObject recovered = analyses.awaitFinished(lost.toString(), token, Duration.ofMinutes(2));

    assertThat(recovered.getString("status")).as(recovered.toString()).isEqualTo("COMPLETED");
    assertThat(recovered.getInt("findingsCount")).isEqualTo(done.getInt("findingsCount"));
    assertThat(recovered.getInt("attempts")).isEqualTo(1);
    assertThat(Broker.browseAnalysisIds("analysis.dlq")).doesNotContain(lost.toString());
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE kind = 'ANALYSIS_REQUEUED'"
                    + " AND reference = ? AND details LIKE '%analysis.dlq%'",
                lost.toString()))
        .isEqualTo(1);
  }

  private long reaperRuns() {
    return ProfileDatabase.count(
        "SELECT count(*) FROM scheduled_run WHERE work = 'analysis-reaper'"
            + " AND finished_at IS NOT NULL");
  }

  private List<JsonObject> triggerConcurrently(int callers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      List<Callable<ApiResponse>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(
            () ->
                api.post(
                    WORKS + "clause-sync/trigger",
                    new byte[0],
                    Tokens.admin(),
                    java.util.Map.of()));
      }
      List<JsonObject> results = new ArrayList<>();
      for (Future<ApiResponse> call : threads.invokeAll(calls)) {
        ApiResponse response = call.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        results.add(response.json());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private boolean ended(String execution) {
    ApiResponse response = api.get("/api/v1/admin/clause-sync/" + execution, Tokens.admin());
    return response.status() == 200
        && List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
            .contains(response.json().getString("status"))
        && response.json().containsKey("counts");
  }
}
