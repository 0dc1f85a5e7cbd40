package org.fairpact.analysis.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.extraction.ExtractedText;
import org.junit.jupiter.api.Test;

class ClauseSegmenterTest {

  private static final String POLISH_CONTRACT =
      """
      UMOWA SPRZEDAŻY NR 12/2024

      § 1
      Przedmiot umowy
      1. Sprzedawca sprzedaje, a Kupujący kupuje lokal mieszkalny nr 5 przy ul. Długiej 3
      w Krakowie, tj. lokal o pow. 54,5 m2.
      2. Cena wynosi 450 000 zł. Cena obejmuje podatek VAT.
      1.1 Kupujący zapłaci cenę w ratach, np. co miesiąc, zgodnie z art. 535 Kodeksu cywilnego.
      a) pierwsza rata w wysokości 1.5% ceny,
      b) druga rata - pozostała część ceny.

      § 2. W przypadku odstąpienia od umowy Sprzedawca zwróci sumę przedpłat.
      """;

  private final ClauseSegmenter segmenter = new ClauseSegmenter();

  @Test
  void splitsNumberedParagraphsAndLeavesNumberingAndHeadingsOut() {
    List<Clause> clauses = segmenter.segment(ExtractedText.ofText(POLISH_CONTRACT));

    assertThat(clauses)
        .extracting(Clause::text)
        .containsExactly(
            "Sprzedawca sprzedaje, a Kupujący kupuje lokal mieszkalny nr 5 przy ul. Długiej 3\n"
                + "w Krakowie, tj. lokal o pow. 54,5 m2.",
            "Cena wynosi 450 000 zł. Cena obejmuje podatek VAT.",
            "Kupujący zapłaci cenę w ratach, np. co miesiąc, zgodnie z art. 535 Kodeksu cywilnego.",
            "pierwsza rata w wysokości 1.5% ceny,",
            "druga rata - pozostała część ceny.",
            "W przypadku odstąpienia od umowy Sprzedawca zwróci sumę przedpłat.");
    assertThat(clauses).extracting(Clause::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertOffsetsHold(ExtractedText.ofText(POLISH_CONTRACT), clauses);
  }

  @Test
  void longPolishParagraphIsCutIntoSentencesButNotAfterAbbreviations() {
    String paragraph =
        "Najemca zapłaci czynsz w wysokości 2.500 zł. Zgodnie z art. 5 ust. 2 pkt 3 umowy, tj. "
            + "do 10. dnia miesiąca, m.in. przelewem itp. Formami płatności. "
            + "Opłaty dodatkowe, np. za media, ustala Wynajmujący zgodnie z cennikiem z dnia "
            + "1 stycznia 2024 r. Wszelkie zmiany umowy wymagają formy pisemnej pod rygorem "
            + "nieważności. Umowa zostaje zawarta na czas określony od dnia 1.05.2024 do dnia "
            + "30.04.2025 z możliwością przedłużenia na kolejne okresy roczne. Najemca nie może "
            + "oddawać lokalu w podnajem ani do bezpłatnego używania osobom trzecim bez zgody "
            + "Wynajmującego wyrażonej na piśmie pod rygorem nieważności. Kaucja wynosi 5000 zł.";

    List<Clause> clauses = segmenter.segment(ExtractedText.ofText(paragraph));

    assertThat(paragraph.length()).isGreaterThan(ClauseSegmenter.LONG_PARAGRAPH);
    assertThat(clauses)
        .extracting(Clause::text)
        .containsExactly(
            "Najemca zapłaci czynsz w wysokości 2.500 zł. Zgodnie z art. 5 ust. 2 pkt 3 umowy, tj. "
                + "do 10. dnia miesiąca, m.in. przelewem itp. Formami płatności.",
            "Opłaty dodatkowe, np. za media, ustala Wynajmujący zgodnie z cennikiem z dnia 1 "
                + "stycznia 2024 r. Wszelkie zmiany umowy wymagają formy pisemnej pod rygorem "
                + "nieważności.",
            "Umowa zostaje zawarta na czas określony od dnia 1.05.2024 do dnia 30.04.2025 z "
                + "możliwością przedłużenia na kolejne okresy roczne.",
            "Najemca nie może oddawać lokalu w podnajem ani do bezpłatnego używania osobom "
                + "trzecim bez zgody Wynajmującego wyrażonej na piśmie pod rygorem nieważności. "
                + "Kaucja wynosi 5000 zł.");
  }

  @Test
  void englishAbbreviationsDoNotEndSentences() {
    List<String> sentences =
        segmenter.sentences(
            "This Agreement is made by ACME Inc. and Foo Ltd. on the date hereof. Payment is due"
                + " within 30 days, e.g. by wire transfer, i.e. not by check. The fee is set out in"
                + " Schedule No. 3 hereto and in the U.S. price list. Mr. Smith signs this Agreement"
                + " for the Licensee.");

    assertThat(sentences)
        .containsExactly(
            "This Agreement is made by ACME Inc. and Foo Ltd. on the date hereof.",
            "Payment is due within 30 days, e.g. by wire transfer, i.e. not by check.",
            "The fee is set out in Schedule No. 3 hereto and in the U.S. price list.",
            "Mr. Smith signs this Agreement for the Licensee.");
  }

  @Test
  void shortSentencesStayWithTheirNeighbour() {
    assertThat(
            segmenter.sentences("Tak. Sprzedawca odpowiada za wady towaru na zasadach ogólnych."))
        .containsExactly("Tak. Sprzedawca odpowiada za wady towaru na zasadach ogólnych.");
  }

  @Test
  void clausesCarryTheirPageAndJoinAcrossAPageBreakMidSentence() {
    ExtractedText text =
        ExtractedText.builder()
            .addPage(
                "1. Kupujący może odstąpić od umowy w terminie 14 dni.\n"
                    + "2. Sprzedawca nie odpowiada za szkody powstałe w trakcie transportu",
                false)
            .addPage("oraz za opóźnienia przewoźnika.\n3. Reklamacje składa się pisemnie.", false)
            .build();

    List<Clause> clauses = segmenter.segment(text);

    assertThat(clauses).extracting(Clause::page).containsExactly(1, 1, 2);
    assertThat(clauses.get(1).text())
        .isEqualTo(
            "Sprzedawca nie odpowiada za szkody powstałe w trakcie transportu\n\n"
                + "oraz za opóźnienia przewoźnika.");
    assertThat(clauses.get(2).text()).isEqualTo("Reklamacje składa się pisemnie.");
    assertOffsetsHold(text, clauses);
  }

  @Test
  void emptyAndHeadingOnlyTextsHaveNoClauses() {
    assertThat(segmenter.segment(ExtractedText.ofText(""))).isEmpty();
    assertThat(segmenter.segment(ExtractedText.ofText("§ 1\n\nPOSTANOWIENIA KOŃCOWE\n\n2.")))
        .isEmpty();
  }

  @Test
  void offsetsHoldOnRealContracts() throws IOException {
    Path dir = TestData.requireShared("cuad-contracts");
    int total = 0;
    for (int number = 1; number <= 40; number++) {
      Path file = dir.resolve(String.format("cuad-%03d.txt", number));
      ExtractedText text = ExtractedText.ofText(Files.readString(file));
      List<Clause> clauses = segmenter.segment(text);
      assertOffsetsHold(text, clauses);
      total += clauses.size();
    }
    assertThat(total).isGreaterThan(2000);
  }

  @Test
  void offsetsHoldOnRegisterTexts() {
    StringBuilder all = new StringBuilder();
    TestData.register().stream().limit(800).forEach(e -> all.append(e.clauseText()).append("\n\n"));
    ExtractedText text = ExtractedText.ofText(all.toString());

    List<Clause> clauses = segmenter.segment(text);

    assertOffsetsHold(text, clauses);
    assertThat(clauses).hasSizeGreaterThanOrEqualTo(800);
  }

  private static void assertOffsetsHold(ExtractedText text, List<Clause> clauses) {
    String full = text.fullText();
    int previousEnd = 0;
    for (Clause clause : clauses) {
      assertThat(full.substring(clause.start(), clause.end())).isEqualTo(clause.text());
      assertThat(clause.text()).isEqualTo(clause.text().strip());
      assertThat(clause.text().length()).isGreaterThanOrEqualTo(ClauseSegmenter.MIN_CLAUSE);
      assertThat(clause.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(clause.page()).isEqualTo(text.pageAt(clause.start()));
      previousEnd = clause.end();
    }
  }
}
