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
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The default {@link TextExtractor}: plain UTF-8 text, PDF text layers (with OCR for pages that
 * have none), Word documents, and images through OCR, all within {@link ExtractionLimits} and the
 * document's {@link Deadline}. Stateless apart from the OCR engine and the limits, so one instance
 * serves all threads.
 *
 * <p>A parser that recurses without bound on a hostile structure (a PDF page tree thousands of
 * levels deep) ends in a {@link StackOverflowError}; it is reported as the defect it is, never
 * passed on as an error a caller would retry.
 */
public class DocumentTextExtractor implements TextExtractor {

  private static final Logger LOG = Logger.getLogger(DocumentTextExtractor.class.getName());

  private final OcrEngine ocr;
  private final ExtractionLimits limits;

  /** Uses {@link TesseractCommandOcr} with Polish and English models and the default limits. */
  public DocumentTextExtractor() {
    this(ExtractionLimits.defaults());
  }

  /** Uses {@link TesseractCommandOcr}, its page timeout taken from the limits. */
  public DocumentTextExtractor(ExtractionLimits limits) {
    this(new TesseractCommandOcr(limits.ocrPageTimeout()), limits);
  }

  public DocumentTextExtractor(OcrEngine ocr) {
    this(ocr, ExtractionLimits.defaults());
  }

  public DocumentTextExtractor(OcrEngine ocr, ExtractionLimits limits) {
    this.ocr = Objects.requireNonNull(ocr, "ocr");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public ExtractionLimits limits() {
    return limits;
  }

  @Override
  public ExtractedText extract(Path file, DocumentType type, Deadline deadline)
      throws ExtractionException {
    try {
      return extract(file, type, deadline, true);
    } catch (OcrNeededException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public ExtractedText extractTextLayers(Path file, DocumentType type, Deadline deadline)
      throws ExtractionException, OcrNeededException {
    return extract(file, type, deadline, false);
  }

  private ExtractedText extract(Path file, DocumentType type, Deadline deadline, boolean ocrHere)
      throws ExtractionException, OcrNeededException {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file.toString()));
    }
    long started = System.nanoTime();
    ExtractedText text;
    try {
      text =
          switch (type) {
            case TEXT -> plainText(file);
            case PDF -> pdf(file, deadline, ocrHere);
            case DOCX -> WordDocuments.read(file, limits);
            case IMAGE -> images(file, deadline, ocrHere);
          };
    } catch (StackOverflowError e) {
      throw new ExtractionException(
          type == DocumentType.DOCX ? DefectCode.CORRUPT_DOCX : DefectCode.CORRUPT_PDF,
          "corrupt " + type + ": its structure nests too deeply to be read");
    }
    requireTextWithinLimit(text.pages().stream().mapToLong(page -> page.text().length()).sum());
    deadline.check();
    LOG.log(
        Level.FINE,
        "extracted {0} page(s) of {1} in {2} ms",
        new Object[] {text.pages().size(), type, (System.nanoTime() - started) / 1_000_000});
    return text;
  }

  private ExtractedText plainText(Path file) throws ExtractionException {
    // a UTF-8 character takes at most 4 bytes: a larger file holds more characters than allowed
    if (sizeOf(file) > 4L * limits.maxTextChars()) {
      requireTextWithinLimit(Long.MAX_VALUE);
    }
    byte[] bytes = readAll(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      requireTextWithinLimit(text.length());
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return ExtractedText.ofText(text);
    } catch (CharacterCodingException e) {
      throw new ExtractionException(DefectCode.NOT_UTF8, "text file is not valid UTF-8", e);
    }
  }

  private void requireTextWithinLimit(long chars) throws ExtractionException {
    if (chars > limits.maxTextChars()) {
      throw new ExtractionException(
          DefectCode.TEXT_TOO_LONG,
          "document has more than " + limits.maxTextChars() + " characters of text");
    }
  }

  private ExtractedText pdf(Path file, Deadline deadline, boolean ocrHere)
      throws ExtractionException, OcrNeededException {
    MemoryUsageSetting memory =
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecompressedBytes());
    try (PDDocument document = Loader.loadPDF(file.toFile(), memory.streamCache)) {
      new PdfStreamSizes(limits, deadline).check(document.getDocument());
      int count = document.getNumberOfPages();
      if (count == 0) {
        throw new ExtractionException(DefectCode.NO_PAGES, "PDF has no pages");
      }
      if (count > limits.maxPages()) {
        throw new ExtractionException(
            DefectCode.TOO_MANY_PAGES,
            "PDF has " + count + " pages, more than the limit of " + limits.maxPages());
      }
      PdfPages pages = new PdfPages(document);
      // per page: its text layer, or null where OCR is to read it
      List<String> layers = new ArrayList<>(count);
      List<Integer> scanned = new ArrayList<>();
      for (int number = 1; number <= count; number++) {
        deadline.check();
        String layer = pages.text(number);
        if (PdfPages.hasTextLayer(layer)) {
          layers.add(layer);
        } else {
          layers.add(null);
          scanned.add(number);
          if (scanned.size() > limits.maxOcrPages()) {
            throw new ExtractionException(
                DefectCode.TOO_MANY_OCR_PAGES,
                "PDF has more than "
                    + limits.maxOcrPages()
                    + " pages without a text layer to read by OCR");
          }
        }
      }
      if (!scanned.isEmpty() && !ocrHere) {
        throw new OcrNeededException(scanned.size() + " of " + count + " PDF pages need OCR");
      }
      List<String> recognised = recognise(pages, scanned, deadline);
      ExtractedText.Builder text = ExtractedText.builder();
      int next = 0;
      for (String layer : layers) {
        text.addPage(layer == null ? recognised.get(next++) : layer, layer == null);
      }
      return text.build();
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(
          DefectCode.ENCRYPTED_PDF, "encrypted PDF: a password is required to open it", e);
    } catch (IOException e) {
      LOG.log(Level.FINE, "PDF cannot be read", e);
      throw new ExtractionException(
          DefectCode.CORRUPT_PDF, "corrupt PDF: the file cannot be parsed", e);
    }
  }

  private List<String> recognise(PdfPages pages, List<Integer> numbers, Deadline deadline)
      throws IOException, ExtractionException {
    if (numbers.isEmpty()) {
      return List.of();
    }
    try (ParallelOcr recognition = new ParallelOcr(ocr, deadline)) {
      for (int number : numbers) {
        LOG.log(Level.FINE, "PDF page {0} has no text layer, running OCR", number);
        deadline.check();
        recognition.awaitRoom();
        BufferedImage image;
        try {
          image = pages.render(number, limits.maxImagePixels());
        } catch (IOException | ExtractionException | RuntimeException e) {
          recognition.releaseRoom();
          throw e;
        }
        recognition.recognise(image);
      }
      return recognition.texts();
    }
  }

  private ExtractedText images(Path file, Deadline deadline, boolean ocrHere)
      throws ExtractionException, OcrNeededException {
    if (!ocrHere) {
      throw new OcrNeededException("an image is read by OCR");
    }
    try (RasterImages images = RasterImages.open(file, limits, deadline);
        ParallelOcr recognition = new ParallelOcr(ocr, deadline)) {
      for (int index = 0; index < images.frames(); index++) {
        deadline.check();
        recognition.awaitRoom();
        BufferedImage frame;
        try {
          frame = images.frame(index);
        } catch (ExtractionException | RuntimeException e) {
          recognition.releaseRoom();
          throw e;
        }
        recognition.recognise(frame);
      }
      ExtractedText.Builder text = ExtractedText.builder();
      recognition.texts().forEach(page -> text.addPage(page, true));
      return text.build();
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
