package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Links;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.testsupport.ClauseSyncRecords;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator API around the clause-sync job on Payara's batch runtime: listing with a cursor,
 * details with JBatch's step metrics, stop and restart from the checkpoint to the same register as
 * an uninterrupted run, skipped rows reported by line, the reaper, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class ClauseSyncOperationsIT {

  private static final String SYNCS = "/api/v1/admin/clause-sync";
  private static final int BUNDLED_ENTRIES = 7463;
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  @Test
  void executionsAreListedNewestFirstPageByPageFollowingTheNextLink() {
    Api api = new Api(base);
    long newest = 0;
    for (int i = 0; i < 3; i++) {
      newest = Register.sync(api, null).getJsonNumber("executionId").longValue();
    }

    ApiResponse first = api.get(SYNCS + "?limit=2", Tokens.operator());

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    List<Long> firstIds = ids(first.json());
    assertThat(firstIds)
        .hasSize(2)
        .startsWith(newest)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    JsonObject item = first.json().getJsonArray("executions").getJsonObject(0);
    assertThat(item.getString("status")).isEqualTo("COMPLETED");
    assertThat(item.getJsonObject("parameters").getString("source")).isEqualTo("bundled");
    assertThat(item.getString("startTime")).isNotBlank();
    assertThat(item.getString("endTime")).isNotBlank();
    assertThat(step(item, "upsert").getJsonObject("metrics").getInt("read"))
        .isEqualTo(BUNDLED_ENTRIES);

    String next = Links.next(first).orElseThrow(() -> new AssertionError("no Link: " + first));
    ApiResponse second = api.get(Links.pathOf(next, base), Tokens.operator());

    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    List<Long> secondIds = ids(second.json());
    assertThat(secondIds).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(secondIds.get(0)).isLessThan(firstIds.get(1));
    assertThat(api.get(SYNCS + "?limit=0", Tokens.operator()).status()).isEqualTo(400);
    assertThat(api.get(SYNCS + "?cursor=abc", Tokens.operator()).status()).isEqualTo(400);
  }

  @Test
  void theDetailShowsEachStepWithItsCounts() {
    Api api = new Api(base);
    long id = Register.sync(api, null).getJsonNumber("executionId").longValue();

    JsonObject detail = api.get(SYNCS + "/" + id, Tokens.admin()).json();

    assertThat(detail.getString("status")).isEqualTo("COMPLETED");
    JsonObject upsert = step(detail, "upsert").getJsonObject("metrics");
    assertThat(upsert.getInt("read")).isEqualTo(BUNDLED_ENTRIES);
    assertThat(upsert.getInt("write")).isEqualTo(BUNDLED_ENTRIES);
    assertThat(upsert.getInt("readSkip") + upsert.getInt("processSkip")).isZero();
    assertThat(upsert.getInt("commit")).isGreaterThanOrEqualTo(BUNDLED_ENTRIES / 250);
    assertThat(step(detail, "deactivate").getString("status")).isEqualTo("COMPLETED");
    assertThat(detail.getJsonObject("skippedRows").getInt("total")).isZero();
    assertThat(detail.getJsonObject("counts").getInt("read")).isEqualTo(BUNDLED_ENTRIES);
  }

  @Test
  void aStoppedSyncRestartedFromItsCheckpointLeavesTheRegisterAsAnUninterruptedRun()
      throws IOException {
    Api api = new Api(base);
    Path changed = changedExport();
    try {
      assertCompleted(Register.sync(api, null));
      String bundled = ClauseSyncRecords.registerDigest();

      long stopped =
          Register.start(api, sourceBody(changed)).json().getJsonNumber("executionId").longValue();
      // JBatch persists a step's metrics when the step ends; a committed chunk shows as the
      // execution's heartbeat (lastUpdated moving on after the job STARTED)
      JsonObject started =
          Poll.until(
              Duration.ofSeconds(60),
              Duration.ofMillis(20),
              () -> api.get(SYNCS + "/" + stopped, Tokens.operator()).json(),
              detail -> "STARTED".equals(detail.getString("status")) || ended(detail),
              "execution " + stopped + " STARTED");
      String startedAt = started.getString("lastUpdated", "");
      JsonObject midRun =
          Poll.until(
              Duration.ofSeconds(60),
              Duration.ofMillis(20),
              () -> api.get(SYNCS + "/" + stopped, Tokens.operator()).json(),
              detail -> !startedAt.equals(detail.getString("lastUpdated", "")) || ended(detail),
              "the first committed chunk of " + stopped);
      assertThat(midRun.getString("status")).as(midRun.toString()).isEqualTo("STARTED");
      ApiResponse stop =
          api.post(SYNCS + "/" + stopped + "/stop", new byte[0], Tokens.operator(), JSON);
      assertThat(stop.status()).as(stop.toString()).isEqualTo(202);
      JsonObject end = Register.awaitEnded(api, stopped);
      assertThat(end.getString("status")).as(end.toString()).isEqualTo("STOPPED");
      long readBeforeStop = upsertRead(end);

      ApiResponse restart =
          api.post(SYNCS + "/" + stopped + "/restart", new byte[0], Tokens.operator(), JSON);
      assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
      long restarted = restart.json().getJsonNumber("executionId").longValue();
      assertThat(restart.header("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/" + restarted));
      JsonObject resumed = Register.awaitEnded(api, restarted);
      assertCompleted(resumed);
      String afterRestart = ClauseSyncRecords.registerDigest();

      // resumed from the checkpoint: the restart read only what the stopped run had not committed
      assertThat(readBeforeStop).isPositive();
      assertThat(upsertRead(resumed)).isPositive().isLessThan(changedEntries());
      assertThat(resumed.getJsonObject("parameters").getString("source"))
          .isEqualTo(changed.toString());
      assertThat(kinds(api, restarted)).contains("CLAUSE_SYNC_RESTARTED", "CLAUSE_SYNC_FINISHED");

      // the same export synced without interruption, from the same starting register
      assertCompleted(Register.sync(api, null));
      assertThat(ClauseSyncRecords.registerDigest()).isEqualTo(bundled);
      assertCompleted(Register.sync(api, changed.toString()));
      String uninterrupted = ClauseSyncRecords.registerDigest();

      assertThat(afterRestart).isEqualTo(uninterrupted).isNotEqualTo(bundled);
    } finally {
      Files.deleteIfExists(changed);
      Register.sync(api, null);
    }
  }

  @Test
  void aCompletedSyncIsNeitherRestartedNorStopped() {
    Api api = new Api(base);
    long id = Register.sync(api, null).getJsonNumber("executionId").longValue();

    ApiResponse restart =
        api.post(SYNCS + "/" + id + "/restart", new byte[0], Tokens.admin(), JSON);
    ApiResponse stop = api.post(SYNCS + "/" + id + "/stop", new byte[0], Tokens.admin(), JSON);

    assertProblem(restart, 409, "clause-sync-not-restartable");
    assertProblem(stop, 409, "clause-sync-not-running");
    assertProblem(
        api.post(SYNCS + "/987654321/restart", new byte[0], Tokens.admin(), JSON),
        404,
        "not-found");
  }

  @Test
  void malformedRowsAreSkippedAndReportedWithTheirLineNumbers() throws IOException {
    Api api = new Api(base);
    String marker = "row-" + UUID.randomUUID();
    String bundled = bundledText();
    long firstAddedLine = bundled.chars().filter(c -> c == '\n').count() + 1;
    String rows =
        "abc;2020-01-01;\"X\";\"C\";\"P\";\"D\";\"Klauzula\";2020-01-01;\"\";\"S\"\n"
            + "99999991;too few fields\n"
            + "99999992;2020-01-01;\"X\";\"C\";\"P\";\"D\";\"\";2020-01-01;\"\";\"S\"\n"
            + marker
            + "x".repeat(100_000)
            + ";2020-01-01;\"X\";\"C\";\"P\";\"D\";\"Klauzula\";2020-01-01;\"\";\"S\"\n";
    Path source = Files.createTempFile(Register.sourcesDirectory(), "malformed-", ".csv");
    try {
      Files.writeString(source, bundled + rows, StandardCharsets.UTF_8);

      JsonObject run = Register.sync(api, source.toString());

      assertCompleted(run);
      long id = run.getJsonNumber("executionId").longValue();
      JsonObject upsert = step(run, "upsert").getJsonObject("metrics");
      assertThat(upsert.getInt("readSkip")).isEqualTo(3);
      assertThat(upsert.getInt("processSkip")).isEqualTo(1);
      JsonObject skipped = run.getJsonObject("skippedRows");
      assertThat(skipped.getInt("total")).isEqualTo(4);
      assertThat(skipped.getInt("reported")).isEqualTo(4);
      List<JsonObject> reported =
          skipped.getJsonArray("rows").getValuesAs(JsonObject.class).stream().toList();
      assertThat(reported.stream().filter(r -> r.containsKey("line")).map(r -> r.getInt("line")))
          .containsExactlyInAnyOrder(
              (int) firstAddedLine, (int) firstAddedLine + 1, (int) firstAddedLine + 3);
      assertThat(reported)
          .anySatisfy(
              r -> {
                assertThat(r.getJsonNumber("registerNumber")).isNotNull();
                assertThat(r.getInt("registerNumber")).isEqualTo(99999992);
                assertThat(r.getString("reason")).contains("no clause text");
              })
          .anySatisfy(r -> assertThat(r.getString("reason")).contains("not a number"))
          .allSatisfy(r -> assertThat(r.getString("reason").length()).isLessThan(300));
      List<JsonObject> events =
          api.get(SYNCS + "/" + id + "/events", Tokens.operator())
              .json()
              .getJsonArray("events")
              .getValuesAs(JsonObject.class);
      assertThat(events.stream().filter(e -> e.getString("kind").equals("CLAUSE_SYNC_ROW_SKIPPED")))
          .hasSize(4);
      assertThat(
              ProfileDatabase.count(
                  "SELECT count(*) FROM system_event WHERE details LIKE ?",
                  "%" + marker + "x".repeat(200) + "%"))
          .as("no event holds the row in full")
          .isZero();
    } finally {
      Files.deleteIfExists(source);
    }
  }

  @Test
  void theReaperAbandonsASyncWhoseInstanceDied() {
    Api api = new Api(base);
    long id = Register.sync(api, null).getJsonNumber("executionId").longValue();
    // A dead instance's execution, simulated: the row says STARTED, and nothing has touched it
    // (no chunk heartbeat) for a day, longer than fairpact.sync.stale-after.
    ProfileDatabase.update(
        "UPDATE jbatchexecutioninstancedata SET batchstatus = 'STARTED', endtime = NULL,"
            + " updatetime = ? WHERE jobexecid = ?",
        LocalDateTime.now().minusDays(1),
        id);
    try {
      api.put(
          "/api/v1/admin/scheduled-work/clause-sync-reaper/schedule",
          "{\"schedule\":\"every 5s\"}",
          Tokens.admin());

      JsonObject abandoned =
          Poll.until(
              Duration.ofSeconds(60),
              () -> api.get(SYNCS + "/" + id, Tokens.operator()).json(),
              detail -> "ABANDONED".equals(detail.getString("status")),
              "execution " + id + " marked ABANDONED");

      assertThat(abandoned.getString("status")).isEqualTo("ABANDONED");
      assertThat(kinds(api, id)).contains("CLAUSE_SYNC_ABANDONED");
      assertProblem(
          api.post(SYNCS + "/" + id + "/restart", new byte[0], Tokens.admin(), JSON),
          409,
          "clause-sync-not-restartable");
    } finally {
      api.delete("/api/v1/admin/scheduled-work/clause-sync-reaper/schedule", Tokens.admin());
    }
  }

  @Test
  void integratorsMayNeitherSeeNorOperateTheSync() {
    Api api = new Api(base);
    String integrator = Tokens.integrator("t");

    assertThat(api.get(SYNCS, integrator).status()).isEqualTo(403);
    assertThat(api.get(SYNCS + "/1", integrator).status()).isEqualTo(403);
    assertThat(api.get(SYNCS + "/1/events", integrator).status()).isEqualTo(403);
    assertThat(api.post(SYNCS + "/1/stop", new byte[0], integrator, JSON).status()).isEqualTo(403);
    assertThat(api.post(SYNCS + "/1/restart", new byte[0], integrator, JSON).status())
        .isEqualTo(403);
  }

  /**
   * The bundled export changed the way a new edition of the register changes: every 40th entry's
   * clause reworded, every 50th entry gone (to be deactivated). Written in the export's columns.
   */
  private static Path changedExport() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "Nr;Data wydania wyroku;Sygnatura;Sad;Powod;Pozwani;Postanowienie;Data wpisu;Uwagi;"
                + "Branza\n");
    List<RegisterEntry> entries = Register.bundledEntries();
    for (int i = 0; i < entries.size(); i++) {
      if (i % 50 == 49) {
        continue;
      }
      RegisterEntry entry = entries.get(i);
      String clause = entry.clauseText() + (i % 40 == 0 ? " (brzmienie zmienione)" : "");
      csv.append(entry.registerNumber())
          .append(';')
          .append(date(entry.judgmentDate()))
          .append(';')
          .append(quoted(entry.caseSignature()))
          .append(';')
          .append(quoted(entry.court()))
          .append(';')
          .append(quoted(entry.claimant()))
          .append(';')
          .append(quoted(entry.defendants()))
          .append(';')
          .append(quoted(clause))
          .append(';')
          .append(date(entry.entryDate()))
          .append(';')
          .append(quoted(entry.remarks()))
          .append(';')
          .append(quoted(entry.sector()))
          .append('\n');
    }
    Path file = Files.createTempFile(Register.sourcesDirectory(), "changed-", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static int changedEntries() {
    int all = Register.bundledEntries().size();
    return all - all / 50;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String bundledText() {
    try (Reader reader = RegisterSnapshot.openBundled()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sourceBody(Path source) {
    return Json.createObjectBuilder()
        .add("source", source.toString())
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> kinds(Api api, long id) {
    return api
        .get(SYNCS + "/" + id + "/events", Tokens.operator())
        .json()
        .getJsonArray("events")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(event -> event.getString("kind"))
        .toList();
  }

  private static List<Long> ids(JsonObject page) {
    List<Long> ids = new ArrayList<>();
    for (JsonValue item : page.getJsonArray("executions")) {
      ids.add(item.asJsonObject().getJsonNumber("executionId").longValue());
    }
    return ids;
  }

  private static JsonObject step(JsonObject execution, String name) {
    return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
        .filter(step -> step.getString("name").equals(name))
        .reduce((first, later) -> later)
        .orElseThrow(() -> new AssertionError("no step " + name + " in " + execution));
  }

  private static long upsertRead(JsonObject execution) {
    if (!execution.containsKey("steps")) {
      return 0;
    }
    return execution.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
        .filter(step -> step.getString("name").equals("upsert"))
        .mapToLong(step -> step.getJsonObject("metrics").getJsonNumber("read").longValue())
        .sum();
  }

  private static boolean ended(JsonObject execution) {
    return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
        .contains(execution.getString("status"));
  }

  private static void assertCompleted(JsonObject execution) {
    assertThat(execution.getString("status")).as(execution.toString()).isEqualTo("COMPLETED");
  }

  private static void assertProblem(ApiResponse response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getString("type"))
        .isEqualTo("https://fairpact.dev/problems/" + type);
  }
}
