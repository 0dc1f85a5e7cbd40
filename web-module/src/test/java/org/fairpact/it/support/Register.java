package org.fairpact.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.testsupport.Poll;
import org.fairpact.testsupport.ProfileDatabase;

/** The register: the bundled snapshot as tests read it, and syncing it through the API. */
public final class Register {

  private Register() {}

  /** Makes sure the stored register holds the bundled snapshot, syncing it if it is empty. */
  public static void ensureLoaded(Api api) {
    if (ProfileDatabase.count("SELECT count(*) FROM register_entry WHERE active") > 0) {
      return;
    }
    JsonObject run = sync(api, null);
    if (!"COMPLETED".equals(run.getString("status"))) {
      throw new IllegalStateException("register sync did not complete: " + run);
    }
  }

  /** Runs the clause sync and waits until its execution has ended and recorded its counts. */
  public static JsonObject sync(Api api, String source) {
    String body =
        source == null
            ? ""
            : jakarta.json.Json.createObjectBuilder().add("source", source).build().toString();
    ApiResponse started = start(api, body.getBytes());
    if (started.status() != 202) {
      throw new IllegalStateException("sync not started: " + started);
    }
    return awaitEnded(api, started.json().getJsonNumber("executionId").longValue());
  }

  /**
   * Starts a sync, retrying (bounded) while another execution still counts as running (409): one
   * started on another instance, or a slot the schedule claimed just now.
   */
  public static ApiResponse start(Api api, byte[] body) {
    return Poll.until(
        Duration.ofSeconds(60),
        () ->
            api.post(
                "/api/v1/admin/clause-sync",
                body,
                Tokens.admin(),
                Map.of("Content-Type", "application/json")),
        r -> r.status() != 409,
        "the previous clause-sync execution to be recorded as ended");
  }

  /** Waits until the execution has ended and recorded its counts; returns its last view. */
  public static JsonObject awaitEnded(Api api, long executionId) {
    return Poll.until(
            Duration.ofMinutes(4),
            () -> api.get("/api/v1/admin/clause-sync/" + executionId, Tokens.admin()),
            r -> r.status() == 200 && ended(r.json()),
            "clause-sync execution " + executionId)
        .json();
  }

  private static boolean ended(JsonObject execution) {
    String status = execution.getString("status");
    boolean terminal = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status);
    return terminal && (!"COMPLETED".equals(status) || execution.containsKey("counts"));
  }

  /**
   * The directory the application may read sync sources from: the first of the test profile's
   * {@code fairpact.sync.source.directories}.
   */
  public static Path sourcesDirectory() {
    String directories = TestEnvironment.require("FAIRPACT_SYNC_SOURCE_DIRECTORIES");
    return Path.of(directories.split(",")[0].strip());
  }

  /**
   * The bundled register's entries written as an XLSX workbook in the export's columns (numbers and
   * dates as number and date cells), in a temporary file of the sources directory the caller
   * deletes.
   */
  public static Path bundledAsWorkbook() throws IOException {
    Path file = Files.createTempFile(sourcesDirectory(), "register-", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = workbook.createSheet("REJESTR KLAUZUL");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Lp");
      header.createCell(6).setCellValue("Postanowienie wzorca umowy uznane za niedozwolone");
      int rowNumber = 1;
      for (RegisterEntry entry : bundledEntries()) {
        Row row = sheet.createRow(rowNumber++);
        row.createCell(0).setCellValue(entry.registerNumber());
        dateCell(row, 1, entry.judgmentDate(), date);
        List<String> texts =
            List.of(
                entry.caseSignature(),
                entry.court(),
                entry.claimant(),
                entry.defendants(),
                entry.clauseText());
        for (int i = 0; i < texts.size(); i++) {
          row.createCell(2 + i).setCellValue(texts.get(i));
        }
        dateCell(row, 7, entry.entryDate(), date);
        row.createCell(8).setCellValue(entry.remarks());
        row.createCell(9).setCellValue(entry.sector());
      }
      workbook.write(out);
    }
    return file;
  }

  private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }
  }

  /** The bundled register's entries, as the product ships them. */
  public static List<RegisterEntry> bundledEntries() {
    return RegisterCsvReader.readAll(RegisterSnapshot.openBundled());
  }
}
