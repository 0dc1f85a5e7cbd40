package org.fairpact.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairpact.testsupport.HostileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile document fails with its stable code, fast, and without reaching OCR: the limits are
 * checked before the work they guard. The bound on time is generous (a shared two-core machine); a
 * missing limit shows as minutes or an OutOfMemoryError, not as a few seconds.
 */
class HostileDocumentsTest {

  private static final Duration FAST = Duration.ofSeconds(10);

  @TempDir Path dir;

  private final AtomicInteger ocrCalls = new AtomicInteger();
  private final DocumentTextExtractor extractor =
      new DocumentTextExtractor(
          page -> {
            ocrCalls.incrementAndGet();
            return "";
          });

  @Test
  void compressionBombInAPdfContentStream() throws IOException {
    Path bomb = write("bomb.pdf", HostileDocuments.pdfCompressionBomb(1L << 30));

    assertFailsFast(bomb, DocumentType.PDF, DefectCode.DECOMPRESSED_SIZE_EXCEEDED);
  }

  @Test
  void compressionBombInADocxPart() throws IOException {
    Path bomb = write("bomb.docx", HostileDocuments.docxCompressionBomb(256L << 20));

    assertFailsFast(bomb, DocumentType.DOCX, DefectCode.DECOMPRESSED_SIZE_EXCEEDED);
  }

  @Test
  void pageTreeTenThousandLevelsDeep() throws IOException {
    Path deep = write("deep.pdf", HostileDocuments.pdfDeepPageTree(10_000));

    assertFailsFast(deep, DocumentType.PDF, DefectCode.CORRUPT_PDF);
  }

  @Test
  void thousandsOfEmptyPages() throws IOException {
    Path empty = write("empty.pdf", HostileDocuments.pdfEmptyPages(20_000));

    assertFailsFast(empty, DocumentType.PDF, DefectCode.TOO_MANY_PAGES);
  }

  @Test
  void morePagesWithoutTextThanOcrMayRead() throws IOException {
    int pages = ExtractionLimits.DEFAULT_MAX_OCR_PAGES + 10;
    Path empty = write("scan.pdf", HostileDocuments.pdfEmptyPages(pages));

    assertFailsFast(empty, DocumentType.PDF, DefectCode.TOO_MANY_OCR_PAGES);
  }

  @Test
  void pageTooLargeToRenderForOcr() throws IOException {
    Path huge = write("huge.pdf", HostileDocuments.pdfHugePage(14_400));

    assertFailsFast(huge, DocumentType.PDF, DefectCode.IMAGE_TOO_LARGE);
  }

  @Test
  void imageHeaderClaimingTenBillionPixels() throws IOException {
    Path huge = write("huge.png", HostileDocuments.pngClaiming(100_000, 100_000));

    assertFailsFast(huge, DocumentType.IMAGE, DefectCode.IMAGE_TOO_LARGE);
  }

  @Test
  void tiffWhoseDirectoriesLoop() throws IOException {
    Path loop = write("loop.tif", HostileDocuments.tiffWithLoopingDirectories());

    assertFailsFast(loop, DocumentType.IMAGE, DefectCode.TOO_MANY_PAGES);
  }

  @Test
  void tenMebibytesOfOneToken() throws IOException {
    Path token = write("token.txt", HostileDocuments.oneToken(10 << 20));

    assertFailsFast(token, DocumentType.TEXT, DefectCode.TEXT_TOO_LONG);
  }

  @Test
  void controlCharactersBecomeSpacesAndLeaveNoText() throws Exception {
    Path controls = write("controls.txt", HostileDocuments.controlCharacters(10_000));

    ExtractedText text = extractor.extract(controls, DocumentType.TEXT);

    assertThat(text.fullText()).isBlank().hasSize(10_000);
  }

  @Test
  void controlCharactersInsideAContractAreSpaces() throws Exception {
    Path contract =
        write("contract.txt", "Umowa\u0000sprzeda\u0007ży.\n".getBytes(StandardCharsets.UTF_8));

    assertThat(extractor.extract(contract, DocumentType.TEXT).fullText())
        .isEqualTo("Umowa sprzeda ży.\n");
  }

  @Test
  void deadlineCancelsOcrThatWouldRunOn() throws Exception {
    AtomicInteger interrupted = new AtomicInteger();
    CountDownLatch never = new CountDownLatch(1);
    DocumentTextExtractor slow =
        new DocumentTextExtractor(
            page -> {
              try {
                never.await(); // a page OCR would take for ever
              } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
              }
              return "";
            });
    Path scan = write("scan.pdf", HostileDocuments.pdfEmptyPages(3));

    long started = System.nanoTime();
    ExtractionException failure =
        catchThrowableOfType(
            ExtractionException.class,
            () -> slow.extract(scan, DocumentType.PDF, Deadline.after(Duration.ofSeconds(1))));

    assertThat(failure.code()).isEqualTo("deadline-exceeded");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    awaitAtLeastOne(interrupted);
  }

  @Test
  void reasonsNeverQuoteTheDocument() throws IOException {
    Path corrupt = write("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Secret (tajne-dane) >>".getBytes());

    ExtractionException failure =
        catchThrowableOfType(
            ExtractionException.class, () -> extractor.extract(corrupt, DocumentType.PDF));

    assertThat(failure.code()).isEqualTo("corrupt-pdf");
    assertThat(failure.reason()).startsWith("corrupt PDF").doesNotContain("tajne");
  }

  private void assertFailsFast(Path file, DocumentType type, DefectCode expected) {
    long started = System.nanoTime();
    ExtractionException failure =
        catchThrowableOfType(ExtractionException.class, () -> extractor.extract(file, type));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(failure).as("%s of %s", expected, file.getFileName()).isNotNull();
    assertThat(failure.code()).as(failure.reason()).isEqualTo(expected.code());
    assertThat(took).isLessThan(FAST);
    assertThat(ocrCalls).hasValue(0);
  }

  private static void awaitAtLeastOne(AtomicInteger counter) throws InterruptedException {
    long end = System.nanoTime() + FAST.toNanos();
    while (counter.get() == 0 && System.nanoTime() < end) {
      Thread.onSpinWait();
      Thread.yield();
    }
    assertThat(counter.get()).as("OCR threads interrupted").isPositive();
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }
}
