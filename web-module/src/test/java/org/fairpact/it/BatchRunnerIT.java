package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.BatchRunnerProcess;
import org.fairpact.it.support.BatchRunnerProcess.Result;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The standalone batch runner (JBeret SE) against the test profile's database, beside the server
 * (Payara's JBatch) on the same tables: its exit codes and counts, the refusal while a sync runs in
 * either, and the same register state as the server's job from the same source.
 */
@ExtendWith(ArquillianExtension.class)
class BatchRunnerIT {

  private static final int BUNDLED_ENTRIES = 7463;
  private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

  /** Every column of an entry that a sync decides; ids of syncs and times differ by design. */
  private static final String DUMP =
      "SELECT concat_ws('|', register_number, judgment_date, case_signature, court, claimant,"
          + " defendants, md5(clause_text), entry_date, remarks, sector, content_hash, active,"
          + " newly_added) FROM register_entry ORDER BY register_number";

  private static final int EXTRA_ENTRY = 999_999;

  /** Entries a runner sync marked seen (runner syncs mark with negated instance ids). */
  private static final String SEEN_BY_A_RUNNER =
      "SELECT count(*) FROM register_entry WHERE seen_instance < 0";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void theRunnerCompletesTheBundledRegisterAndPrintsItsCounts() throws IOException {
    Result run = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .as(run.toString())
        .contains("COMPLETED")
        .contains("step upsert: COMPLETED, read " + BUNDLED_ENTRIES + ", written ")
        .contains("step deactivate: COMPLETED")
        .containsPattern("register: read " + BUNDLED_ENTRIES + ", added \\d+, updated \\d+");
    assertThat(ProfileDatabase.count("SELECT count(*) FROM register_entry WHERE active"))
        .isEqualTo(BUNDLED_ENTRIES);
    assertThat(
            ProfileDatabase.count(
                "SELECT count(*) FROM system_event WHERE kind = 'CLAUSE_SYNC_FINISHED'"
                    + " AND reference LIKE 'batch-runner:%'"))
        .isPositive();
  }

  @Test
  void aRunThatFailsExitsNonZero() throws IOException {
    Register.ensureLoaded(new Api(base));
    // about 30 whole records: the deactivation step refuses a source this much shorter (truncated)
    List<String> lines = new ArrayList<>();
    try (BufferedReader bundled = new BufferedReader(RegisterSnapshot.openBundled())) {
      long quotes = 0;
      for (String line = bundled.readLine(); line != null; line = bundled.readLine()) {
        lines.add(line);
        quotes += line.chars().filter(c -> c == '"').count();
        if (lines.size() >= 31 && quotes % 2 == 0) {
          break; // outside a quoted field: the record ends here
        }
      }
    }
    Path truncated = Files.createTempFile(Register.sourcesDirectory(), "truncated-", ".csv");
    try {
      Files.write(truncated, lines, StandardCharsets.UTF_8);

      Result run =
          BatchRunnerProcess.run(RUN_LIMIT, "clause-sync", "--source", truncated.toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.out()).as(run.toString()).contains("FAILED");
      assertThat(ProfileDatabase.count("SELECT count(*) FROM register_entry WHERE active"))
          .isGreaterThanOrEqualTo(BUNDLED_ENTRIES);
    } finally {
      Files.deleteIfExists(truncated);
    }
  }

  @Test
  void sourcesOutsideTheAllowListAndUnknownOptionsStartNothing() throws IOException {
    long executions = runnerExecutions();

    Result refused = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync", "--source", "/etc/passwd");
    Result usage = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync", "--force");

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(4);
    assertThat(usage.exitCode()).as(usage.toString()).isEqualTo(2);
    assertThat(runnerExecutions()).isEqualTo(executions);
  }

  @Test
  void theRunnerIsRefusedWhileTheServerSyncs() throws IOException {
    Api api = new Api(base);
    ApiResponse started = Register.start(api, new byte[0]);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long serverExecution = started.json().getJsonNumber("executionId").longValue();
    try {
      Result run = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("server execution " + serverExecution);
    } finally {
      Register.awaitEnded(api, serverExecution);
    }
  }

  @Test
  void theServerIsRefusedWhileTheRunnerSyncs() throws IOException {
    Api api = new Api(base);
    long before = runnerExecutions();
    BatchRunnerProcess runner = BatchRunnerProcess.start("clause-sync");
    Poll.until(
        Duration.ofSeconds(60),
        () -> runnerExecutions() > before && runnerRunning(),
        running -> running,
        "the runner's execution to start");

    ApiResponse refused =
        api.post(
            "/api/v1/admin/clause-sync",
            new byte[0],
            Tokens.admin(),
            Map.of("Content-Type", "application/json"));
    Result run = runner.await(RUN_LIMIT);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(runnerExecutions()).isEqualTo(before + 1);
  }

  @Test
  void theRunnerAndTheServerLeaveTheSameRegisterFromTheSameSource() throws IOException {
    Api api = new Api(base);
    Register.ensureLoaded(api);
    ProfileDatabase.update("DROP TABLE IF EXISTS it_register_before");
    try {
      divergeFromTheBundledRegister();
      ProfileDatabase.update("CREATE TABLE it_register_before AS SELECT * FROM register_entry");

      JsonObject server = Register.sync(api, null);
      assertThat(server.getString("status")).as(server.toString()).isEqualTo("COMPLETED");
      List<String> afterServer = ProfileDatabase.strings(DUMP);

      ProfileDatabase.update("DELETE FROM register_entry");
      ProfileDatabase.update("INSERT INTO register_entry SELECT * FROM it_register_before");
      Result runner = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync");
      assertThat(runner.exitCode()).as(runner.toString()).isZero();
      List<String> afterRunner = ProfileDatabase.strings(DUMP);

      JsonObject counts = server.getJsonObject("counts");
      System.out.println(
          "=== batch runner vs server: "
              + afterServer.size()
              + " entries; server counts "
              + counts
              + "; runner: "
              + runner.out().lines().filter(l -> l.contains("register:")).findFirst().orElse(""));
      assertThat(counts.getInt("added")).isPositive();
      assertThat(counts.getInt("updated")).isPositive();
      assertThat(counts.getInt("deactivated")).isEqualTo(1);
      assertThat(runner.out())
          .contains(
              "register: read "
                  + counts.getInt("read")
                  + ", added "
                  + counts.getInt("added")
                  + ", updated "
                  + counts.getInt("updated")
                  + ", unchanged "
                  + counts.getInt("unchanged")
                  + ", deactivated 1");
      assertThat(afterRunner).hasSize(afterServer.size());
      assertThat(afterRunner).containsExactlyElementsOf(afterServer);
    } finally {
      ProfileDatabase.update("DROP TABLE IF EXISTS it_register_before");
      ProfileDatabase.update("DELETE FROM register_entry WHERE register_number = ?", EXTRA_ENTRY);
    }
  }

  @Test
  void aKilledRunnerIsAbandonedAndTheNextRunEndsWhereAnUninterruptedOneDoes() throws Exception {
    Api api = new Api(base);
    Register.ensureLoaded(api);
    ProfileDatabase.update("DROP TABLE IF EXISTS it_register_before");
    try {
      divergeFromTheBundledRegister();
      // no marks of earlier runner syncs: the poll below must see this runner's first chunk
      ProfileDatabase.update("UPDATE register_entry SET seen_instance = NULL");
      ProfileDatabase.update("CREATE TABLE it_register_before AS SELECT * FROM register_entry");
      Result uninterrupted = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync");
      assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
      List<String> expected = ProfileDatabase.strings(DUMP);
      ProfileDatabase.update("DELETE FROM register_entry");
      ProfileDatabase.update("INSERT INTO register_entry SELECT * FROM it_register_before");

      long before = runnerExecutions();
      BatchRunnerProcess victim = BatchRunnerProcess.start("clause-sync");
      Poll.until(
          Duration.ofSeconds(60),
          () -> runnerRunning() && ProfileDatabase.count(SEEN_BY_A_RUNNER) > 0,
          midRun -> midRun,
          "the runner to have committed a chunk");
      victim.kill();
      long killed = latestRunnerExecution();
      assertThat(killed).isGreaterThan(before);
      assertThat(runnerStatus(killed)).isEqualTo("STARTED");

      Result refused = BatchRunnerProcess.run(RUN_LIMIT, "clause-sync");
      assertThat(refused.exitCode())
          .as("refused while the killed run looks alive: " + refused)
          .isEqualTo(3);

      Result next =
          BatchRunnerProcess.start(Map.of("FAIRPACT_SYNC_STALE_AFTER", "1s"), "clause-sync")
              .await(RUN_LIMIT);
      assertThat(next.exitCode()).as(next.toString()).isZero();
      assertThat(next.out())
          .contains("clause-sync execution " + killed + " of a runner that stopped without ending");
      assertThat(runnerStatus(killed)).isEqualTo("ABANDONED");
      assertThat(ProfileDatabase.strings(DUMP)).containsExactlyElementsOf(expected);
    } finally {
      ProfileDatabase.update("DROP TABLE IF EXISTS it_register_before");
      ProfileDatabase.update("DELETE FROM register_entry WHERE register_number = ?", EXTRA_ENTRY);
      if (runnerRepositoryExists()) {
        // a failure above must not leave a "running" execution that refuses every later sync
        ProfileDatabase.update(
            "UPDATE jberet_job_execution SET batchstatus = 'ABANDONED'"
                + " WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')");
      }
    }
  }

  /**
   * A stored register a sync of the bundled export has work on: entries missing (added again),
   * changed and inactive (updated), and one the export does not list (deactivated).
   */
  private static void divergeFromTheBundledRegister() {
    ProfileDatabase.update("DELETE FROM register_entry WHERE register_number % 89 = 0");
    ProfileDatabase.update(
        "UPDATE register_entry SET clause_text = clause_text || ' (zmienione)',"
            + " content_hash = repeat('0', 64) WHERE register_number % 97 = 0");
    ProfileDatabase.update(
        "UPDATE register_entry SET active = false WHERE register_number % 83 = 0");
    ProfileDatabase.update(
        "INSERT INTO register_entry (register_number, clause_text, content_hash, active,"
            + " newly_added, first_seen_at, updated_at)"
            + " VALUES (?, 'Klauzula spoza rejestru.', repeat('1', 64), true, false, now(), now())",
        EXTRA_ENTRY);
  }

  /** Executions in the runner's job repository (none before its tables exist). */
  private static long runnerExecutions() {
    return runnerRepositoryExists()
        ? ProfileDatabase.count("SELECT count(*) FROM jberet_job_execution")
        : 0;
  }

  private static long latestRunnerExecution() {
    return ProfileDatabase.count(
        "SELECT coalesce(max(jobexecutionid), 0) FROM jberet_job_execution");
  }

  private static String runnerStatus(long execution) {
    return ProfileDatabase.strings(
            "SELECT batchstatus FROM jberet_job_execution WHERE jobexecutionid = " + execution)
        .get(0);
  }

  private static boolean runnerRunning() {
    return runnerRepositoryExists()
        && ProfileDatabase.count(
                "SELECT count(*) FROM jberet_job_execution WHERE batchstatus = 'STARTED'")
            > 0;
  }

  private static boolean runnerRepositoryExists() {
    return !ProfileDatabase.strings("SELECT to_regclass('jberet_job_execution')::text")
        .contains(null);
  }
}
