package org.fairpact.analysis.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fairpact.analysis.extraction.DocumentTextExtractor;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.ExtractedText;
import org.fairpact.analysis.extraction.ExtractionException;
import org.fairpact.analysis.extraction.OcrEngine;
import org.fairpact.analysis.extraction.TesseractCommandOcr;

/**
 * {@code OcrBenchmark TEXT_FILE [PAGES]}: scans a text as PAGES page images (default 4), then times
 * text extraction of them with tesseract as the engine runs it (pages in parallel, one thread per
 * core) against the same extraction with one page at a time, in the same run and alternating.
 * Prints both times, the speed-up and one line of JSON.
 */
public final class OcrBenchmark {

  private static final int LINES_PER_PAGE = 40;
  private static final int LINE_CHARS = 80;

  private OcrBenchmark() {}

  public static void main(String[] args) throws IOException, ExtractionException {
    if (args.length < 1) {
      System.err.println("usage: OcrBenchmark TEXT_FILE [PAGES]");
      System.exit(2);
    }
    PrintStream out = System.out;
    int pageCount = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Path> pages = scan(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), pageCount);
    OcrEngine tesseract = new TesseractCommandOcr();
    OcrEngine oneAtATime = new OneAtATime(tesseract);
    long parallel = Long.MAX_VALUE;
    long sequential = Long.MAX_VALUE;
    for (int round = 0; round < 2; round++) {
      parallel = Math.min(parallel, time(new DocumentTextExtractor(tesseract), pages));
      sequential = Math.min(sequential, time(new DocumentTextExtractor(oneAtATime), pages));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "OCR of %d scanned pages (tesseract pol+eng), best of 2:%n", pageCount);
    out.printf(Locale.ROOT, "  pages in parallel (%d cores)  %,8d ms%n", cores, parallel);
    out.printf(Locale.ROOT, "  one page at a time           %,8d ms%n", sequential);
    out.printf(
        Locale.ROOT, "  speed-up                     %8.2f x%n", (double) sequential / parallel);
    out.printf(
        Locale.ROOT,
        "{\"pages\":%d,\"cores\":%d,\"parallelMs\":%d,\"sequentialMs\":%d,\"speedup\":%.2f}%n",
        pageCount,
        cores,
        parallel,
        sequential,
        (double) sequential / parallel);
  }

  private static long time(DocumentTextExtractor extractor, List<Path> pages)
      throws ExtractionException {
    long started = System.nanoTime();
    int characters = 0;
    for (Path page : pages) {
      ExtractedText text = extractor.extract(page, DocumentType.IMAGE);
      characters += text.fullText().length();
    }
    if (characters == 0) {
      throw new IllegalStateException("OCR recognised nothing");
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** The pages as one multi-page document would be: written to a TIFF, one frame per page. */
  private static List<Path> scan(String text, int pageCount) throws IOException {
    List<String> lines = wrap(text.replaceAll("\\s+", " "));
    Path dir = Files.createTempDirectory("fairpact-ocr-bench-");
    dir.toFile().deleteOnExit();
    List<BufferedImage> images = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) {
      int from = (p * LINES_PER_PAGE) % Math.max(1, lines.size() - LINES_PER_PAGE);
      images.add(render(lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))));
    }
    Path tiff = dir.resolve("scan.tiff");
    writeTiff(images, tiff);
    tiff.toFile().deleteOnExit();
    return List.of(tiff);
  }

  private static void writeTiff(List<BufferedImage> images, Path file) throws IOException {
    var writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (var stream = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
      for (BufferedImage image : images) {
        writer.writeToSequence(new javax.imageio.IIOImage(image, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** An A4 page at about 300 DPI with 12 pt type, as a scanner would deliver it. */
  private static BufferedImage render(List<String> lines) {
    BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 46));
      for (int i = 0; i < lines.size(); i++) {
        g.drawString(lines.get(i), 150, 250 + i * 80);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The baseline: the same OCR engine, but only one page at a time in the whole process. */
  private record OneAtATime(OcrEngine ocr) implements OcrEngine {
    @Override
    public synchronized String recognise(BufferedImage page) throws ExtractionException {
      return ocr.recognise(page);
    }
  }
}
