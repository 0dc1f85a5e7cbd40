package org.fairpact.analysis.training;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fairpact.analysis.classification.CategoryModel;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.FeatureConfig;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.classification.ModelManifest;
import org.fairpact.analysis.classification.RiskBands;
import org.fairpact.analysis.classification.TrainingFile;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.FigureJson;

/**
 * The write side of the model file the engine reads (its {@code ClauseModelArchive}): a zip archive
 * of {@code model.json} (the {@link ModelManifest}, written with JSON-P) and per language {@code
 * <lang>/features.tsv} and liblinear models ({@code <lang>/<target>.liblinear}). Entries are
 * written in a fixed order with a fixed timestamp, so the same model gives the same bytes apart
 * from the manifest's creation time.
 *
 * <p>A freshly trained model is {@linkplain #assemble assembled} here: the parts' checksums and the
 * content-derived version, a hash of the checksums, of the per-language manifest sections in
 * canonical JSON and of the training data. The canonical form is that of every model trained so
 * far, so the same data and code keep giving the same version.
 */
public final class ClauseModelArchiveWriter {

  /** 2024-02-06, the register export's date: any fixed time makes the bytes reproducible. */
  private static final long ENTRY_TIME = 1_707_177_600_000L;

  private ClauseModelArchiveWriter() {}

  /**
   * A freshly trained model: its parts' checksums and its content-derived version computed.
   *
   * @param trainingData the data files used
   * @param metrics figures measured on dev data
   */
  public static ClauseModel assemble(
      Map<Language, LanguageClassifier> classifiers,
      List<TrainingFile> trainingData,
      Map<String, ?> metrics)
      throws IOException {
    Parts parts = parts(classifiers);
    Map<String, String> checksums = checksums(parts.files());
    String version =
        ModelManifest.FORMAT_VERSION
            + "-"
            + contentHash(checksums, parts.languages(), trainingData).substring(0, 12);
    ModelManifest manifest =
        new ModelManifest(
            version,
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            ModelManifest.LICENCE,
            trainingData,
            parts.languages(),
            FigureJson.object(metrics),
            checksums);
    return new ClauseModel(manifest, classifiers);
  }

  /**
   * Writes a model to a file, replacing it atomically where the file system allows, so a reader
   * never sees half a model.
   */
  public static void save(ClauseModel model, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        write(model, out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      readableByAll(file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes the model archive to a stream, which stays open. */
  public static void write(ClauseModel model, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(9);
    put(zip, ModelManifest.ENTRY, manifestBytes(model.manifest()));
    for (Map.Entry<String, byte[]> file :
        new TreeMap<>(parts(model.classifiers()).files()).entrySet()) {
      put(zip, file.getKey(), file.getValue());
    }
    zip.finish();
  }

  /** The manifest as stored: one line of JSON, UTF-8. */
  static byte[] manifestBytes(ModelManifest manifest) {
    return FigureJson.line(manifest.toJson()).getBytes(StandardCharsets.UTF_8);
  }

  /** The parts of a model other than its manifest, and its per-language manifest sections. */
  record Parts(Map<String, byte[]> files, JsonObject languages) {}

  static Parts parts(Map<Language, LanguageClassifier> classifiers) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, JsonObject> languages = new TreeMap<>();
    for (LanguageClassifier classifier : classifiers.values()) {
      String code = classifier.language().name().toLowerCase(Locale.ROOT);
      String vocabulary = code + "/features.tsv";
      files.put(vocabulary, text(out -> classifier.space().write(out)));
      String target = code.equals("pl") ? "abusive" : "unfair";
      String modelFile = code + "/" + target + ".liblinear";
      files.put(modelFile, text(out -> classifier.model().write(out)));
      JsonArrayBuilder categories = Json.createArrayBuilder();
      for (CategoryModel category : classifier.categories()) {
        String file = code + "/" + category.name() + ".liblinear";
        files.put(file, text(out -> category.model().write(out)));
        categories.add(
            Json.createObjectBuilder()
                .add("name", category.name())
                .add("model", file)
                .add("sigmoid", sigmoid(category.model()))
                .add("threshold", category.threshold()));
      }
      languages.put(
          code,
          Json.createObjectBuilder()
              .add("features", features(classifier.config()))
              .add("vocabulary", vocabulary)
              .add("model", modelFile)
              .add("sigmoid", sigmoid(classifier.model()))
              .add("categoriesRaiseScore", classifier.categoriesRaiseScore())
              .add("bands", bands(classifier.bands()))
              .add("categories", categories)
              .build());
    }
    JsonObjectBuilder sections = Json.createObjectBuilder();
    languages.forEach(sections::add);
    return new Parts(files, sections.build());
  }

  private static JsonObjectBuilder features(FeatureConfig config) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("maxWordN", config.maxWordN())
            .add("minCharN", config.minCharN())
            .add("maxCharN", config.maxCharN())
            .add("minDf", config.minDf());
    if (config.maxSurfaceWordN() > 0) {
      // only then, so models without surface n-grams keep the layout they always had
      json.add("maxSurfaceWordN", config.maxSurfaceWordN());
    }
    return json;
  }

  private static JsonArrayBuilder sigmoid(LinearModel model) {
    return Json.createArrayBuilder().add(model.sigmoidA()).add(model.sigmoidB());
  }

  private static JsonObjectBuilder bands(RiskBands bands) {
    return Json.createObjectBuilder()
        .add("low", bands.low())
        .add("medium", bands.medium())
        .add("high", bands.high())
        .add("lowPrecision", bands.lowPrecision())
        .add("mediumPrecision", bands.mediumPrecision())
        .add("highPrecision", bands.highPrecision());
  }

  /** SHA-256 of each part. */
  static Map<String, String> checksums(Map<String, byte[]> files) {
    Map<String, String> sums = new TreeMap<>();
    files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
    return sums;
  }

  /**
   * The hash a model's version is cut from: its parts' checksums, its language sections in
   * canonical JSON and its training data, one after the other.
   */
  static String contentHash(
      Map<String, String> checksums, JsonObject languages, List<TrainingFile> data) {
    StringBuilder canonical = new StringBuilder();
    checksums.forEach((name, sha) -> canonical.append(name).append(' ').append(sha).append('\n'));
    canonical.append(FigureJson.canonical(languages)).append('\n');
    data.forEach(file -> canonical.append(file.path()).append(' ').append(file.sha256()));
    return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A temporary file is private to its owner; a model file is not secret. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions apply
    }
  }

  private static byte[] text(TextWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write(out);
    }
    return bytes.toByteArray();
  }

  @FunctionalInterface
  private interface TextWriter {
    void write(Writer out) throws IOException;
  }
}
