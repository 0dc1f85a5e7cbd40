package org.fairpact.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractCommandOcrTest {

  private static final List<String> POLISH =
      List.of(
          "Sprzedawca nie ponosi odpowiedzialności za szkody",
          "wynikłe z opóźnienia dostawy towaru.");

  @TempDir Path dir;

  @Test
  void recognisesPolishLettersInAScannedImage() throws Exception {
    assumeTrue(TesseractCommandOcr.isAvailable(), "tesseract not installed");
    Path png = Fixtures.png(dir, Fixtures.rendered(POLISH));

    ExtractedText text = new DocumentTextExtractor().extract(png, DocumentType.IMAGE);

    String recognised = text.fullText().toLowerCase(Locale.ROOT);
    assertThat(text.pages()).singleElement().extracting(Page::ocr).isEqualTo(true);
    assertThat(recognised).contains("odpowiedzialności", "wynikłe", "opóźnienia", "sprzedawca");
  }

  @Test
  void scannedPdfPageIsRenderedAndRecognised() throws Exception {
    assumeTrue(TesseractCommandOcr.isAvailable(), "tesseract not installed");
    Path pdf =
        Fixtures.halfScannedPdf(
            dir, "Strona pierwsza zawiera zwykły tekst umowy.", Fixtures.rendered(POLISH));

    ExtractedText text = new DocumentTextExtractor().extract(pdf, DocumentType.PDF);

    assertThat(text.pages().get(1).ocr()).isTrue();
    assertThat(text.pages().get(1).text().toLowerCase(Locale.ROOT))
        .contains("odpowiedzialności", "dostawy");
  }

  @Test
  void missingProgramIsAnEnvironmentFailureNotADefect() {
    OcrEngine ocr =
        new TesseractCommandOcr("/nonexistent/tesseract", "pol+eng", Duration.ofSeconds(5));

    assertThatThrownBy(() -> ocr.recognise(Fixtures.rendered(List.of("x"))))
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessageContaining("not installed");
  }

  @Test
  void pageOverItsTimeoutIsKilledAndReportedAsADefect() throws Exception {
    Path program = dir.resolve("slow-tesseract");
    Files.writeString(program, "#!/bin/sh\nexec sleep 600\n");
    assumeTrue(program.toFile().setExecutable(true), "cannot make a program executable here");
    OcrEngine ocr = new TesseractCommandOcr(program.toString(), "pol", Duration.ofSeconds(1));

    long started = System.nanoTime();
    ExtractionException failure =
        catchThrowableOfType(
            ExtractionException.class, () -> ocr.recognise(Fixtures.rendered(List.of("x"))));

    assertThat(failure.code()).isEqualTo("ocr-timeout");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
