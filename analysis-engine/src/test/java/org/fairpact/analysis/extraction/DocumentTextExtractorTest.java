package org.fairpact.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextExtractorTest {

  @TempDir Path dir;

  private final AtomicInteger ocrCalls = new AtomicInteger();
  private final OcrEngine fakeOcr =
      image ->
          "rozpoznany tekst strony " + ocrCalls.incrementAndGet() + " (" + image.getWidth() + ")";
  private final DocumentTextExtractor extractor = new DocumentTextExtractor(fakeOcr);

  @Test
  void plainTextLosesItsByteOrderMarkAndWindowsLineEnds() throws Exception {
    byte[] body =
        "\uFEFF§ 1. Cena wynosi 100 zł.\r\n§ 2. Zażółć gęślą jaźń."
            .getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("a.txt"), body);

    ExtractedText text = extractor.extract(file, DocumentType.TEXT);

    assertThat(text.fullText()).isEqualTo("§ 1. Cena wynosi 100 zł.\n§ 2. Zażółć gęślą jaźń.");
    assertThat(text.pages()).singleElement().extracting(Page::ocr).isEqualTo(false);
  }

  @Test
  void textThatIsNotUtf8IsDefective() throws IOException {
    Path file = Files.write(dir.resolve("b.txt"), new byte[] {'a', (byte) 0xFF, 'b'});

    assertThatThrownBy(() -> extractor.extract(file, DocumentType.TEXT))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void pdfTextLayerIsReadPageByPageWithOffsets() throws Exception {
    String first = "§ 1. Sprzedawca zobowiązuje się wydać towar.\nKupujący zapłaci cenę.";
    String second = "§ 2. Reklamacje rozpatruje się w terminie 14 dni.";
    Path file = Fixtures.textPdf(dir, List.of(first, second));

    ExtractedText text = extractor.extract(file, DocumentType.PDF);

    assertThat(text.pages()).hasSize(2);
    assertThat(text.pages().get(0).text()).isEqualTo(first);
    assertThat(text.pages().get(1).text()).isEqualTo(second);
    String full = text.fullText();
    int reklamacje = full.indexOf("Reklamacje");
    assertThat(text.pages().get(1).offset()).isEqualTo(first.length() + 2);
    assertThat(full.substring(text.pages().get(1).offset())).startsWith("§ 2.");
    assertThat(text.pageAt(full.indexOf("Kupujący"))).isEqualTo(1);
    assertThat(text.pageAt(reklamacje)).isEqualTo(2);
    assertThat(ocrCalls).hasValue(0);
  }

  @Test
  void onlyPdfPagesWithoutTextLayerAreOcred() throws Exception {
    BufferedImage scan = Fixtures.rendered(List.of("Skan strony drugiej"));
    Path file =
        Fixtures.halfScannedPdf(dir, "Pierwsza strona ma warstwę tekstową, więc bez OCR.", scan);

    ExtractedText text = extractor.extract(file, DocumentType.PDF);

    assertThat(text.pages()).extracting(Page::ocr).containsExactly(false, true);
    assertThat(text.pages().get(1).text()).startsWith("rozpoznany tekst strony 1");
    assertThat(ocrCalls).hasValue(1);
    int renderedWidth =
        Integer.parseInt(text.pages().get(1).text().replaceAll(".*\\((\\d+)\\)", "$1"));
    assertThat(renderedWidth).as("A4 at 300 DPI").isBetween(2470, 2490);
  }

  @Test
  void readingTextLayersOnlyRefusesAPdfWithAScannedPageBeforeAnyOcr() throws Exception {
    BufferedImage scan = Fixtures.rendered(List.of("Skan strony drugiej"));
    Path halfScanned = Fixtures.halfScannedPdf(dir, "Pierwsza strona ma warstwę tekstową.", scan);
    String layer = "§ 1. Sprzedawca zobowiązuje się wydać towar, a Kupujący zapłacić cenę.";
    Path textOnly = Fixtures.textPdf(dir, List.of(layer));

    assertThatThrownBy(
            () -> extractor.extractTextLayers(halfScanned, DocumentType.PDF, Deadline.none()))
        .isInstanceOf(OcrNeededException.class)
        .hasMessage("1 of 2 PDF pages need OCR");
    assertThat(extractor.extractTextLayers(textOnly, DocumentType.PDF, Deadline.none()).fullText())
        .isEqualTo(layer);
    assertThatThrownBy(
            () -> extractor.extractTextLayers(halfScanned, DocumentType.IMAGE, Deadline.none()))
        .isInstanceOf(OcrNeededException.class);
    assertThat(ocrCalls).hasValue(0);
  }

  @Test
  void corruptPdfIsDefective() throws IOException {
    Path file =
        Files.write(
            dir.resolve("c.pdf"),
            "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> extractor.extract(file, DocumentType.PDF))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("corrupt PDF");
  }

  @Test
  void docxParagraphsAndTablesComeInDocumentOrder() throws Exception {
    Path file =
        Fixtures.docx(
            dir,
            "Umowa zawarta w Krakowie.",
            new String[][] {{"§ 1", "Przedmiot umowy"}, {"§ 2", "Cena i płatność"}},
            "Podpisy stron.");

    ExtractedText text = extractor.extract(file, DocumentType.DOCX);

    assertThat(text.fullText())
        .isEqualTo(
            "Umowa zawarta w Krakowie.\n\n§ 1\tPrzedmiot umowy\n\n§ 2\tCena i płatność\n\nPodpisy stron.");
  }

  @Test
  void docxWithoutMainPartIsDefective() throws IOException {
    Path file = dir.resolve("d.docx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> extractor.extract(file, DocumentType.DOCX))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("DOCX has no word/document.xml");
  }

  @Test
  void everyFrameOfATiffIsAnOcredPageInFrameOrder() throws Exception {
    List<BufferedImage> frames =
        List.of(
            Fixtures.rendered(List.of("Strona")),
            Fixtures.rendered(List.of("Strona druga")),
            Fixtures.rendered(List.of("Strona trzecia, ostatnia")));
    Path file = Fixtures.tiff(dir, frames);

    ExtractedText text = extractor.extract(file, DocumentType.IMAGE);

    assertThat(text.pages()).hasSize(3).allMatch(Page::ocr);
    for (int i = 0; i < 3; i++) {
      assertThat(text.pages().get(i).text()).endsWith("(" + frames.get(i).getWidth() + ")");
    }
  }

  @Test
  void scannedPagesAreRecognisedAtTheSameTimeOnSeveralCores() throws Exception {
    assumeTrue(ParallelOcr.THREADS >= 2, "one core: nothing runs in parallel");
    // each recognition waits (bounded) until a second one runs beside it
    CyclicBarrier together = new CyclicBarrier(2);
    OcrEngine meetingOcr =
        image -> {
          try {
            together.await(20, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("OCR of the pages ran one after the other", e);
          }
          return "strona " + image.getWidth();
        };
    BufferedImage scan = Fixtures.rendered(List.of("Skan"));
    Path tiff = Fixtures.tiff(dir, List.of(scan, scan));

    ExtractedText text = new DocumentTextExtractor(meetingOcr).extract(tiff, DocumentType.IMAGE);

    assertThat(text.pages()).extracting(Page::text).containsOnly("strona " + scan.getWidth());
  }

  @Test
  void unreadableImageIsDefective() throws IOException {
    Path file = Files.write(dir.resolve("e.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2});

    assertThatThrownBy(() -> extractor.extract(file, DocumentType.IMAGE))
        .isInstanceOf(ExtractionException.class);
  }
}
