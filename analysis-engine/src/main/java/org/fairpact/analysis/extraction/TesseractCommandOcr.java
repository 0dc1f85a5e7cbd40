package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * OCR by running the {@code tesseract} command line program once per page.
 *
 * <p>The page is written to a temporary PNG and the program's standard output and error go to
 * temporary files, so no pipe can fill up and block it; all three files are deleted afterwards.
 * OpenMP threading inside tesseract is switched off ({@code OMP_THREAD_LIMIT=1}): parallelism comes
 * from concurrent analyses, and on a small machine tesseract's own threads only compete with them.
 * The process is killed when a page exceeds its timeout, and when the waiting thread is interrupted
 * (its analysis was cancelled at its deadline), so no recognition outlives the work it was for.
 */
public final class TesseractCommandOcr implements OcrEngine {

  /** Polish first, English second: contracts here are Polish, with English loan words and names. */
  public static final String DEFAULT_LANGUAGES = "pol+eng";

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(TesseractCommandOcr.class.getName());

  private final String binary;
  private final String languages;
  private final Duration timeout;

  /** Runs {@code tesseract} from the {@code PATH} with Polish and English models. */
  public TesseractCommandOcr() {
    this(DEFAULT_TIMEOUT);
  }

  /**
   * Runs {@code tesseract} from the {@code PATH} with Polish and English models, killing it when
   * one page takes longer than {@code timeout}.
   */
  public TesseractCommandOcr(Duration timeout) {
    this("tesseract", DEFAULT_LANGUAGES, timeout);
  }

  /**
   * @param binary the program, either a name looked up on the {@code PATH} or a path
   * @param languages tesseract's {@code -l} argument, e.g. {@code pol+eng}
   * @param timeout how long one page may take before the process is killed and the page reported as
   *     a defect ({@link DefectCode#OCR_TIMEOUT})
   */
  public TesseractCommandOcr(String binary, String languages, Duration timeout) {
    this.binary = binary;
    this.languages = languages;
    this.timeout = timeout;
  }

  /** Whether the default binary can be found, for callers that want to degrade gracefully. */
  public static boolean isAvailable() {
    return locate("tesseract").isPresent();
  }

  @Override
  public String recognise(BufferedImage page) throws ExtractionException {
    String program =
        locate(binary)
            .map(Path::toString)
            .orElseThrow(
                () ->
                    new OcrUnavailableException(
                        "OCR needs the '"
                            + binary
                            + "' program, which is not installed or not on the PATH"
                            + " (Debian: apt-get install tesseract-ocr tesseract-ocr-pol)"));
    Path image = null;
    Path out = null;
    Path err = null;
    try {
      image = Files.createTempFile("fairpact-ocr-", ".png");
      out = Files.createTempFile("fairpact-ocr-", ".txt");
      err = Files.createTempFile("fairpact-ocr-", ".err");
      if (!ImageIO.write(page, "png", image.toFile())) {
        throw new ExtractionException(
            DefectCode.OCR_FAILED, "page image cannot be encoded for OCR");
      }
      long started = System.nanoTime();
      String text = run(program, image, out, err);
      LOG.log(
          Level.FINE,
          "OCR of a {0}x{1} page took {2} ms",
          new Object[] {
            page.getWidth(), page.getHeight(), (System.nanoTime() - started) / 1_000_000
          });
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare OCR temporary files", e);
    } finally {
      deleteQuietly(image);
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private String run(String program, Path image, Path out, Path err)
      throws IOException, ExtractionException {
    ProcessBuilder builder =
        new ProcessBuilder(program, image.toString(), "stdout", "-l", languages)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new ExtractionException(
            DefectCode.OCR_TIMEOUT,
            "OCR of one page did not finish within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new OcrUnavailableException("interrupted while waiting for tesseract", e);
    }
    String diagnostics = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip();
    if (process.exitValue() != 0) {
      if (diagnostics.contains("Failed loading language")
          || diagnostics.contains("Could not initialize")) {
        throw new OcrUnavailableException(
            "tesseract lacks the language data '" + languages + "': " + diagnostics);
      }
      LOG.log(
          Level.FINE, "tesseract exit {0}: {1}", new Object[] {process.exitValue(), diagnostics});
      throw new ExtractionException(
          DefectCode.OCR_FAILED, "OCR failed (tesseract exit " + process.exitValue() + ")");
    }
    return new String(Files.readAllBytes(out), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** Resolves a program name against the PATH, or checks an explicit path. */
  static Optional<Path> locate(String program) {
    if (program.contains(File.separator)) {
      Path path = Path.of(program);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot delete OCR temporary file " + file, e);
    }
  }

  @Override
  public String toString() {
    return "TesseractCommandOcr" + List.of(binary, languages, timeout);
  }
}
