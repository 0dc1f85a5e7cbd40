package org.fairpact.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairpact.analysis.TestData;
import org.junit.jupiter.api.Test;

class RegisterWorkbookReaderTest {

  private static final String SAMPLE = "register-2014-10-sample.xlsx";

  @Test
  void readsTheEntriesOfARealWorkbookExport() throws IOException {
    List<RegisterEntry> entries = RegisterExports.open(sample()).readAll();

    assertThat(entries).hasSize(30);
    assertThat(entries).extracting(RegisterEntry::registerNumber).startsWith(1, 2).endsWith(30);
    RegisterEntry first = entries.get(0);
    assertThat(first.judgmentDate()).isEqualTo(LocalDate.of(2002, 3, 11));
    assertThat(first.caseSignature()).as("without its label").isEqualTo("XVII Amc30/01");
    assertThat(first.court()).isEqualTo("Sąd Okręgowy w Warszawie - Sąd Antymonopolowy");
    assertThat(first.claimant()).as("without its label").isEqualTo("Marcin Romejko;");
    assertThat(first.clauseText())
        .startsWith("\"W przypadku odstąpienia od umowy przez kupującego")
        .endsWith("kwoty robót dodatkowych i zamiennych\"");
    assertThat(first.entryDate()).isEqualTo(LocalDate.of(2002, 6, 11));
    assertThat(first.remarks()).isEmpty();
    assertThat(first.sector()).isEqualTo("NIERUCHOMOŚCI");
  }

  @Test
  void theWorkbookAndTheCsvExportHoldTheSameClauses() throws IOException {
    List<RegisterEntry> workbook = RegisterExports.open(sample()).readAll();

    // the 2014 workbook quotes its clauses, the 2024 CSV export does not: compare the words
    for (RegisterEntry entry : workbook.subList(0, 5)) {
      RegisterEntry csv = TestData.register().get(entry.registerNumber() - 1);
      assertThat(csv.registerNumber()).isEqualTo(entry.registerNumber());
      assertThat(words(csv.clauseText())).isEqualTo(words(entry.clauseText()));
      assertThat(csv.judgmentDate()).isEqualTo(entry.judgmentDate());
    }
  }

  @Test
  void countsAndSkipsRowsForCheckpoints() throws IOException {
    try (RegisterExport export = RegisterExports.open(sample())) {
      export.skip(10);
      assertThat(export.recordNumber()).isEqualTo(10);

      assertThat(export.next()).map(RegisterEntry::registerNumber).contains(11);
      assertThat(export.recordNumber()).isEqualTo(11);
      export.skip(1_000);
      assertThat(export.recordNumber()).isEqualTo(30);
      assertThat(export.next()).isEmpty();
    }
  }

  @Test
  void readsTextDatesNumbersWithDecimalsAndSkipsEmptyRows() throws IOException {
    byte[] workbook =
        workbook(
            sheet -> {
              header(sheet);
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue(12.0);
              row.createCell(1).setCellValue("11.03.2002");
              row.createCell(6).setCellValue("Klauzula z datą zapisaną tekstem");
              row.createCell(7).setCellValue("31.02.2010");
              row.createCell(12).setCellValue("ignored: after the tenth column");
              sheet.createRow(3).createCell(0).setCellValue("13");
              sheet.getRow(3).createCell(6).setCellValue("Numer zapisany tekstem");
            });

    List<RegisterEntry> entries = RegisterExports.open(stream(workbook)).readAll();

    assertThat(entries).extracting(RegisterEntry::registerNumber).containsExactly(12, 13);
    assertThat(entries.get(0).judgmentDate()).isEqualTo(LocalDate.of(2002, 3, 11));
    assertThat(entries.get(0).entryDate()).as("an impossible date").isNull();
    assertThat(entries.get(0).caseSignature()).isEmpty();
  }

  @Test
  void aBadRowIsReportedWithItsRowNumberAndReadingGoesOn() throws IOException {
    byte[] workbook =
        workbook(
            sheet -> {
              header(sheet);
              sheet.createRow(1).createCell(0).setCellValue("x2");
              sheet.createRow(2).createCell(0).setCellValue(3);
            });

    try (RegisterExport export = RegisterExports.open(stream(workbook))) {
      assertThatThrownBy(export::next)
          .isInstanceOf(RegisterFormatException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("x2");
      assertThat(export.next()).map(RegisterEntry::registerNumber).contains(3);
      assertThat(export.recordNumber()).isEqualTo(2);
    }
  }

  @Test
  void aSheetWithoutTheHeaderRowIsRejected() {
    byte[] workbook = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue(1));

    assertThatThrownBy(() -> RegisterExports.open(stream(workbook)))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("header");
  }

  @Test
  void aDamagedWorkbookOrALegacyXlsFileGetsAClearError() {
    byte[] damaged =
        "PK\u0003\u0004 not really a zip archive".getBytes(StandardCharsets.ISO_8859_1);
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};

    assertThatThrownBy(() -> RegisterExports.open(stream(damaged)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("not a readable XLSX workbook");
    assertThatThrownBy(() -> RegisterExports.open(stream(xls)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("legacy XLS")
        .hasMessageContaining("save it as XLSX or CSV");
  }

  @Test
  void csvStillOpensAsCsv() throws IOException {
    String csv =
        "Nr;Data;Sygnatura;Sąd;Powód;Pozwani;Postanowienie;Wpis;Uwagi;Branża\n"
            + "5;2010-01-02;S;C;A;B;Klauzula;2011-03-04;;INNE\n";

    List<RegisterEntry> entries =
        RegisterExports.open(stream(csv.getBytes(StandardCharsets.UTF_8))).readAll();

    assertThat(entries).singleElement().extracting(RegisterEntry::clauseText).isEqualTo("Klauzula");
  }

  @Test
  void readsTheWhole2014Export() throws IOException {
    List<RegisterEntry> entries =
        RegisterExports.read(TestData.requireShared("uokik-register/register-2014-10.xlsx"));

    assertThat(entries).hasSize(5617);
    assertThat(entries.stream().map(RegisterEntry::registerNumber).distinct()).hasSize(5617);
    RegisterEntry last = entries.get(entries.size() - 1);
    assertThat(last.registerNumber()).isEqualTo(5617);
    assertThat(last.judgmentDate()).isEqualTo(LocalDate.of(2014, 1, 28));
    assertThat(last.entryDate()).isEqualTo(LocalDate.of(2014, 4, 8));
    assertThat(last.sector()).isEqualTo("HANDEL ELEKTRONICZNY");
    // 19 rows have no judgment date, one says where the clause is instead; three hold two dates
    // in one text cell, of which the first is read
    assertThat(entries.stream().filter(e -> e.judgmentDate() != null)).hasSize(5597);
  }

  @Test
  void mostEntriesOfThe2014ExportHaveTheContentOfThe2024Export() throws IOException {
    List<RegisterEntry> older =
        RegisterExports.read(TestData.requireShared("uokik-register/register-2014-10.xlsx"));
    Map<Integer, String> newer = new HashMap<>();
    TestData.register().forEach(e -> newer.put(e.registerNumber(), ClauseText.contentHash(e)));

    List<RegisterEntry> common =
        older.stream().filter(e -> newer.containsKey(e.registerNumber())).toList();
    long changed =
        common.stream()
            .filter(e -> !ClauseText.contentHash(e).equals(newer.get(e.registerNumber())))
            .count();

    // 268 of 5,594: clause texts re-typed (quotes, cut cells), signatures and dates corrected; the
    // 2014 labels ("Sygn. akt", "Powód:") alone would make every entry differ
    assertThat(common).hasSize(5594);
    assertThat(changed).isBetween(1L, 300L);
  }

  private static String words(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static InputStream sample() {
    InputStream in = RegisterWorkbookReaderTest.class.getResourceAsStream(SAMPLE);
    assertThat(in).as(SAMPLE).isNotNull();
    return in;
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static void header(Sheet sheet) {
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("Nr");
    header.createCell(6).setCellValue("Postanowienie wzorca umowy uznane za niedozwolone");
  }

  private static byte[] workbook(Consumer<Sheet> content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.accept(workbook.createSheet("REJESTR KLAUZUL"));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
