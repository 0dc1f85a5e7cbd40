package org.fairpact.analysis.classification;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.matching.Language;

/**
 * The trained clause classifiers of all languages as one versioned artefact, with the manifest
 * recording where they came from (see {@link ModelManifest}). Loaded from one zip file (see {@link
 * ClauseModelArchive} for the layout and the checks on loading); analysis-tools trains and writes
 * it. Immutable and thread-safe: one instance serves every analysis.
 */
public final class ClauseModel {

  private final ModelManifest manifest;
  private final Map<Language, LanguageClassifier> classifiers;

  /**
   * A model of classifiers and the manifest that describes them. The manifest's checksums and
   * version are the caller's to get right: a loaded archive has them checked, a freshly trained
   * model has them computed by whoever assembles it.
   */
  public ClauseModel(ModelManifest manifest, Map<Language, LanguageClassifier> classifiers) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.classifiers = Collections.unmodifiableMap(new EnumMap<>(classifiers));
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

  public ModelManifest manifest() {
    return manifest;
  }

  /** The model's version, as in its manifest. */
  public String version() {
    return manifest.version();
  }

  /** The classifiers by language, in language order. */
  public Map<Language, LanguageClassifier> classifiers() {
    return classifiers;
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
