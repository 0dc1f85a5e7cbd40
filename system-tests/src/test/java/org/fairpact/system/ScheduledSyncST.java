package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.ClauseSyncRecords;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled clause sync in a cluster: the timer of every instance fires for a slot, exactly one
 * instance runs it, and the slot yields one job execution and one finish event. The schedule is
 * shortened with the cluster-wide override (through nginx) and put back afterwards.
 */
class ScheduledSyncST {

  private static final String WORK = "/api/v1/admin/scheduled-work/clause-sync";

  private final FrontEnd front = FrontEnd.plain();
  private final String admin = Tokens.admin();

  @AfterEach
  void restoreTheSchedule() {
    front.delete(WORK + "/schedule", admin);
  }

  @Test
  void everyInstancesTimerFiresForTheSlotAndOneInstanceRunsIt() {
    OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
    Response overridden = front.put(WORK + "/schedule", "{\"schedule\":\"every 20s\"}", admin);
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(200);

    String slot =
        Poll.until(
                Duration.ofSeconds(90),
                () -> firstFinishedSlotSince(since.toInstant()),
                Optional::isPresent,
                "a slot of the clause sync run by the cluster")
            .orElseThrow();
    Map<String, JsonObject> decisions = timerDecisionsFor(slot);
    front.delete(WORK + "/schedule", admin);
    List<String> executions = ClauseSyncRecords.awaitScheduledSyncsEnded(since, this::ended);

    System.out.printf(
        "scheduled sync, slot %s, %d instances: timer decisions %s; scheduled runs since the"
            + " override %d, job executions %s%n",
        slot,
        SystemEnvironment.instances(),
        summary(decisions),
        ProfileDatabase.count(
            "SELECT count(*) FROM scheduled_run WHERE work = 'clause-sync' AND claimed_at >= ?",
            since),
        executions);
    assertThat(decisions).as("instances whose timer decided the slot").hasSize(instances());
    List<JsonObject> ran =
        decisions.values().stream().filter(d -> d.getString("decision").equals("RAN")).toList();
    assertThat(ran).as("instances that ran slot %s: %s", slot, decisions).hasSize(1);
    String runner = ran.get(0).getString("owner");
    assertThat(decisions.values())
        .filteredOn(d -> !d.getString("decision").equals("RAN"))
        .allSatisfy(d -> assertThat(d.getString("decision")).isEqualTo("HELD"))
        .allSatisfy(d -> assertThat(d.getString("owner")).isEqualTo(runner));
    assertThat(ClauseSyncRecords.slotsNotRunExactlyOnce(since))
        .as("every slot since the override claimed once and finished")
        .isZero();
    assertThat(ClauseSyncRecords.jobExecutionsSince(since))
        .as("job executions since the override, against the syncs the slots started")
        .isEqualTo(executions.size());
    for (String execution : executions) {
      assertThat(ClauseSyncRecords.finishEvents(execution))
          .as("finish events of execution %s", execution)
          .isEqualTo(1);
    }
  }

  private Optional<String> firstFinishedSlotSince(Instant since) {
    JsonObject work = json(front.get(WORK, admin));
    return work.getJsonArray("recentRuns").stream()
        .map(JsonValue::asJsonObject)
        .filter(run -> run.containsKey("finishedAt"))
        .filter(run -> !Instant.parse(run.getString("slot")).isBefore(since))
        .map(run -> run.getString("slot"))
        .min(String::compareTo);
  }

  /** Asks through nginx until every instance has answered with its timer's decision on the slot. */
  private Map<String, JsonObject> timerDecisionsFor(String slot) {
    Map<String, JsonObject> decisions = new TreeMap<>();
    Poll.until(
        Duration.ofSeconds(30),
        () -> {
          JsonObject work = json(front.get(WORK, admin));
          work.getJsonArray("ticksHere").stream()
              .map(JsonValue::asJsonObject)
              .filter(tick -> tick.getString("slot", "").equals(slot))
              .forEach(tick -> decisions.put(work.getString("instance"), tick));
          return decisions.size();
        },
        answered -> answered >= instances(),
        "every instance's timer decision on slot " + slot + " (so far " + decisions + ")");
    return decisions;
  }

  private boolean ended(String execution) {
    Response response = front.get("/api/v1/admin/clause-sync/" + execution, admin);
    if (response.status() != 200) {
      return false;
    }
    JsonObject status = json(response);
    return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
            .contains(status.getString("status"))
        && status.containsKey("counts");
  }

  private static String summary(Map<String, JsonObject> decisions) {
    Map<String, String> summary = new TreeMap<>();
    decisions.forEach((instance, tick) -> summary.put(instance, tick.getString("decision")));
    return summary.toString();
  }

  private static int instances() {
    return SystemEnvironment.instances();
  }

  private static JsonObject json(Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
