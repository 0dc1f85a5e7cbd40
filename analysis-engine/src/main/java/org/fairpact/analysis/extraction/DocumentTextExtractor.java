package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The default {@link TextExtractor}: plain UTF-8 text, PDF text layers (with OCR for pages that
 * have none), Word documents, and images through OCR. Stateless apart from the OCR engine, so one
 * instance serves all threads.
 */
public class DocumentTextExtractor implements TextExtractor {

  private static final Logger LOG = Logger.getLogger(DocumentTextExtractor.class.getName());

  private final OcrEngine ocr;

  /** Uses {@link TesseractCommandOcr} with Polish and English models. */
  public DocumentTextExtractor() {
    this(new TesseractCommandOcr());
  }

  public DocumentTextExtractor(OcrEngine ocr) {
    this.ocr = Objects.requireNonNull(ocr, "ocr");
  }

  @Override
  public ExtractedText extract(Path file, DocumentType type) throws ExtractionException {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file.toString()));
    }
    long started = System.nanoTime();
    ExtractedText text =
        switch (type) {
          case TEXT -> plainText(file);
          case PDF -> pdf(file);
          case DOCX -> WordDocuments.read(file);
          case IMAGE -> images(file);
        };
    LOG.log(
        Level.FINE,
        "extracted {0} page(s) of {1} in {2} ms",
        new Object[] {text.pages().size(), type, (System.nanoTime() - started) / 1_000_000});
    return text;
  }

  private static ExtractedText plainText(Path file) throws ExtractionException {
    byte[] bytes = readAll(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return ExtractedText.ofText(text);
    } catch (CharacterCodingException e) {
      throw new ExtractionException("text file is not valid UTF-8", e);
    }
  }

  private ExtractedText pdf(Path file) throws ExtractionException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      if (document.getNumberOfPages() == 0) {
        throw new ExtractionException("PDF has no pages");
      }
      PdfPages pages = new PdfPages(document);
      ParallelOcr recognition = new ParallelOcr(ocr);
      // per page: its text layer, or null and the index of its OCR text
      List<String> layers = new ArrayList<>();
      List<Integer> ocrIndexes = new ArrayList<>();
      for (int number = 1; number <= document.getNumberOfPages(); number++) {
        String layer = pages.text(number);
        if (PdfPages.hasTextLayer(layer)) {
          layers.add(layer);
          ocrIndexes.add(-1);
        } else {
          LOG.log(Level.FINE, "PDF page {0} has no text layer, running OCR", number);
          layers.add(null);
          ocrIndexes.add(recognise(recognition, pages, number));
        }
      }
      List<String> recognised = recognition.texts();
      ExtractedText.Builder text = ExtractedText.builder();
      for (int i = 0; i < layers.size(); i++) {
        boolean scanned = layers.get(i) == null;
        text.addPage(scanned ? recognised.get(ocrIndexes.get(i)) : layers.get(i), scanned);
      }
      return text.build();
    } catch (InvalidPasswordException e) {
      throw new ExtractionException("encrypted PDF: a password is required to open it", e);
    } catch (IOException e) {
      throw new ExtractionException("corrupt PDF: " + e.getMessage(), e);
    }
  }

  private static int recognise(ParallelOcr recognition, PdfPages pages, int number)
      throws IOException, ExtractionException {
    recognition.awaitRoom();
    BufferedImage image;
    try {
      image = pages.render(number);
    } catch (IOException | RuntimeException e) {
      recognition.releaseRoom();
      throw e;
    }
    return recognition.recognise(image);
  }

  private ExtractedText images(Path file) throws ExtractionException {
    List<BufferedImage> frames = RasterImages.read(file);
    ParallelOcr recognition = new ParallelOcr(ocr);
    for (BufferedImage frame : frames) {
      recognition.awaitRoom();
      recognition.recognise(frame);
    }
    ExtractedText.Builder text = ExtractedText.builder();
    recognition.texts().forEach(page -> text.addPage(page, true));
    return text.build();
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
