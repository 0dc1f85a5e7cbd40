package org.fairpact.analysis.classification;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.json.Json;
import org.fairpact.analysis.matching.Language;

/**
 * The trained clause classifiers of all languages as one versioned artefact, with the manifest
 * recording where they came from (see {@link ModelManifest}). Saved and loaded as one zip file (see
 * {@link ClauseModelArchive} for the layout and the checks on loading). Immutable and thread-safe:
 * one instance serves every analysis.
 */
public final class ClauseModel {

  private final ModelManifest manifest;
  private final Map<Language, LanguageClassifier> classifiers;

  ClauseModel(ModelManifest manifest, Map<Language, LanguageClassifier> classifiers) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.classifiers = Map.copyOf(classifiers);
  }

  /**
   * Assembles a freshly trained model: computes the checksums and the content-derived version.
   *
   * @param trainingData the data files used
   * @param metrics figures measured on dev data
   */
  static ClauseModel assemble(
      Map<Language, LanguageClassifier> classifiers,
      List<TrainingFile> trainingData,
      Map<String, Object> metrics)
      throws IOException {
    ClauseModelArchive.Parts parts = ClauseModelArchive.parts(new EnumMap<>(classifiers));
    Map<String, String> checksums = ClauseModelArchive.checksums(parts.files());
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
            metrics,
            checksums);
    return new ClauseModel(manifest, classifiers);
  }

  private static String contentHash(
      Map<String, String> checksums, Map<String, Object> languages, List<TrainingFile> data) {
    StringBuilder canonical = new StringBuilder();
    checksums.forEach((name, sha) -> canonical.append(name).append(' ').append(sha).append('\n'));
    canonical.append(Json.writeCanonical(languages)).append('\n');
    data.forEach(file -> canonical.append(file.path()).append(' ').append(file.sha256()));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Loads a model file.
   *
   * @throws NoSuchFileException if there is no such file
   * @throws ModelFormatException if the file is not an intact model this engine can read
   */
  public static ClauseModel load(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, file.toString());
    }
  }

  /** Loads a model from a stream (for example from the object store); the caller closes it. */
  public static ClauseModel read(InputStream in, String source) throws IOException {
    return ClauseModelArchive.read(in, source);
  }

  /**
   * Writes the model to a file, replacing it atomically where the file system allows, so a reader
   * never sees half a model.
   */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        write(out);
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

  /** A temporary file is private to its owner; a model file is not secret. */
  static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions apply
    }
  }

  /** Writes the model archive to a stream, which stays open. */
  public void write(OutputStream out) throws IOException {
    ClauseModelArchive.write(
        manifest, ClauseModelArchive.parts(new EnumMap<>(classifiers)).files(), out);
  }

  public ModelManifest manifest() {
    return manifest;
  }

  /** The model's version, as in its manifest. */
  public String version() {
    return manifest.version();
  }

  /** The classifier of a language, if the model has one. */
  public Optional<LanguageClassifier> classifier(Language language) {
    return Optional.ofNullable(classifiers.get(language));
  }

  /** Classifies a clause in a language; empty if the model has no classifier for it. */
  public Optional<ClausePrediction> predict(String text, Language language) {
    return classifier(language).map(classifier -> classifier.predict(text));
  }
}
