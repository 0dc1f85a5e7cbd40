package org.fairpact.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fairpact.analysis.TestData;
import org.junit.jupiter.api.Test;

class RegisterCsvReaderTest {

  private static final String HEADER =
      "Nr;\"Data wydania wyroku\";Sygnatura;Sąd;Powód;Pozwani;Postanowienie;\"Data wpisu\";Uwagi;Branża\n";

  @Test
  void readsEveryEntryOfTheBundledExport() {
    List<RegisterEntry> entries = TestData.register();

    assertThat(entries).hasSize(7463);
    assertThat(entries.get(0).registerNumber()).isEqualTo(1);
    assertThat(entries.get(entries.size() - 1).registerNumber()).isEqualTo(7786);
    assertThat(entries.stream().map(RegisterEntry::registerNumber).distinct()).hasSize(7463);
    assertThat(entries).allSatisfy(entry -> assertThat(entry.clauseText()).isNotBlank());
    assertThat(entries.stream().filter(entry -> entry.clauseText().contains("\n")))
        .as("clause texts spanning several lines")
        .hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void knownEntriesHaveTheirFields() {
    Map<Integer, RegisterEntry> byNumber =
        TestData.register().stream()
            .collect(Collectors.toMap(RegisterEntry::registerNumber, Function.identity()));

    RegisterEntry first = byNumber.get(1);
    assertThat(first.judgmentDate()).isEqualTo(LocalDate.of(2002, 3, 11));
    assertThat(first.caseSignature()).isEqualTo("XVII Amc 30/01");
    assertThat(first.court()).isEqualTo("Sąd Okręgowy w Warszawie - Sąd Antymonopolowy");
    assertThat(first.claimant()).isEqualTo("Marcin Romejko;");
    assertThat(first.clauseText())
        .startsWith("W przypadku odstąpienia od umowy przez kupującego")
        .endsWith("kwoty robót dodatkowych i zamiennych");
    assertThat(first.entryDate()).isEqualTo(LocalDate.of(2002, 6, 11));
    assertThat(first.remarks()).isEmpty();
    assertThat(first.sector()).isEqualTo("NIERUCHOMOŚCI");

    RegisterEntry multiLine = byNumber.get(1459);
    assertThat(multiLine.caseSignature()).isEqualTo("XVII AmC 28/06");
    assertThat(multiLine.clauseText())
        .startsWith("Rezygnując z uczestnictwa w imprezie")
        .contains("80% ceny - przy rezygnacji zgłoszonej na 2 dni")
        .endsWith("podczas odprawy lotniskowej. \"");
    assertThat(multiLine.sector()).isEqualTo("TURYSTYKA");

    RegisterEntry last = byNumber.get(7786);
    assertThat(last.clauseText())
        .startsWith("\"Obydwie Strony zachowają w tajemnicy")
        .doesNotContain("&quot;");
    assertThat(last.court()).endsWith("Konsumentów");
    assertThat(last.entryDate()).isEqualTo(LocalDate.of(2023, 1, 13));
  }

  @Test
  void bundledSnapshotIsTheSharedExportUnchanged() throws IOException {
    Path shared = TestData.requireShared("uokik-register/register-2024-02.csv");
    try (InputStream bundled =
        RegisterSnapshot.class.getResourceAsStream(RegisterSnapshot.BUNDLED_RESOURCE)) {
      assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
    }
  }

  @Test
  void countsAndSkipsRecordsForCheckpoints() throws IOException {
    try (RegisterCsvReader reader = new RegisterCsvReader(RegisterSnapshot.openBundled())) {
      reader.skip(1458);
      assertThat(reader.recordNumber()).isEqualTo(1458);

      Optional<RegisterEntry> next = reader.next();

      assertThat(next)
          .map(RegisterEntry::registerNumber)
          .contains(TestData.register().get(1458).registerNumber());
      assertThat(reader.recordNumber()).isEqualTo(1459);
      reader.skip(100_000);
      assertThat(reader.recordNumber()).isEqualTo(7463);
      assertThat(reader.next()).isEmpty();
    }
  }

  @Test
  void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
    String csv =
        HEADER
            + "7;2010-01-02;\"I C 1/10\";\"Sąd; Warszawa\";A;B;\"Pierwsza linia\n"
            + "druga \"\"cytat\"\" linia\";2011-03-04;;INNE\n";

    List<RegisterEntry> entries = RegisterCsvReader.readAll(new StringReader(csv));

    assertThat(entries)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.court()).isEqualTo("Sąd; Warszawa");
              assertThat(entry.clauseText()).isEqualTo("Pierwsza linia\ndruga \"cytat\" linia");
            });
  }

  @Test
  void unreadableDatesBecomeAbsentAndAByteOrderMarkIsIgnored() {
    String csv = "\uFEFF" + HEADER + "8;31.02.2010;S;C;A;B;Klauzula testowa;5.3.2011;;INNE\n";

    RegisterEntry entry = RegisterCsvReader.readAll(new StringReader(csv)).get(0);

    assertThat(entry.judgmentDate()).isNull();
    assertThat(entry.entryDate()).isEqualTo(LocalDate.of(2011, 3, 5));
  }

  @Test
  void badRowIsReportedWithItsLineAndReadingGoesOn() throws IOException {
    String csv =
        HEADER
            + "1;2010-01-01;S;C;A;B;\"dwie\nlinie\";2010-02-01;;INNE\n"
            + "x2;2010-01-01;S;C;A;B;T;2010-02-01;;INNE\n"
            + "3;2010-01-01;S;C;A;B;T;2010-02-01\n"
            + "4;2010-01-01;S;C;A;B;Klauzula czwarta;2010-02-01;;INNE\n";

    try (RegisterCsvReader reader = new RegisterCsvReader(new StringReader(csv))) {
      assertThat(reader.next()).isPresent();
      assertThatThrownBy(reader::next)
          .isInstanceOf(RegisterFormatException.class)
          .hasMessageContaining("line 4")
          .satisfies(e -> assertThat(((RegisterFormatException) e).line()).isEqualTo(4));
      assertThatThrownBy(reader::next)
          .isInstanceOf(RegisterFormatException.class)
          .hasMessageContaining("line 5")
          .hasMessageContaining("found 8");
      assertThat(reader.next()).map(RegisterEntry::clauseText).contains("Klauzula czwarta");
      assertThat(reader.recordNumber()).isEqualTo(4);
    }
  }

  @Test
  void brokenQuotingIsAFormatError() {
    String csv = HEADER + "1;2010-01-01;S;C;A;B;\"never closed;2010-02-01;;INNE\n";

    assertThatThrownBy(() -> RegisterCsvReader.readAll(new StringReader(csv)))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void anExportSavedWithCommasOrTabsIsReadAlike() {
    String semicolons =
        HEADER
            + "9;2010-01-02;\"I C 9/10\";\"Sąd, Warszawa\";A;B;\"Klauzula, z przecinkiem\";;;INNE\n";
    String commas = semicolons.replace(';', ',');
    String tabs = semicolons.replace(';', '\t');

    RegisterEntry expected = RegisterCsvReader.readAll(new StringReader(semicolons)).get(0);

    assertThat(expected.court()).isEqualTo("Sąd, Warszawa");
    assertThat(expected.clauseText()).isEqualTo("Klauzula, z przecinkiem");
    assertThat(RegisterCsvReader.readAll(new StringReader(commas))).containsExactly(expected);
    assertThat(RegisterCsvReader.readAll(new StringReader(tabs))).containsExactly(expected);
  }

  @Test
  void exportWithoutHeaderIsRejected() {
    String csv = "1;2010-01-01;S;C;A;B;T;2010-02-01;;INNE\n";

    assertThatThrownBy(() -> RegisterCsvReader.readAll(new StringReader(csv)))
        .isInstanceOf(RegisterFormatException.class)
        .hasMessageContaining("header");
  }
}
