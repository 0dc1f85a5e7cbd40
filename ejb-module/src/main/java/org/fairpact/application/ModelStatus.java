package org.fairpact.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.classification.TrainingFile;

/**
 * Which trained clause model this instance classifies with, where it came from and, when it is not
 * the one the object store names as current (or there is none), why.
 *
 * @param source where the instance looked for models, e.g. {@code s3://fairpact-documents/models/}
 * @param current the file the store's {@code CURRENT} object names, if any
 * @param version the loaded model's version; empty when the instance runs on the register alone
 * @param file the file the loaded model came from
 * @param created when the loaded model was trained
 * @param licence the licences of its training data, which bind it
 * @param trainingData the data it was trained and tuned on, with checksums
 * @param languages the languages the model has classifiers for (lower-case codes)
 * @param classifying the languages whose documents are classified with it on this instance
 * @param fallbackReason why the current model (and any newer candidate) did not load, when an older
 *     one is in use
 * @param unavailableReason why no model is in use, when none is
 * @param loadedAt when the instance looked
 */
public record ModelStatus(
    String source,
    Optional<String> current,
    Optional<String> version,
    Optional<String> file,
    Optional<String> created,
    Optional<String> licence,
    List<TrainingFile> trainingData,
    List<String> languages,
    List<String> classifying,
    Optional<String> fallbackReason,
    Optional<String> unavailableReason,
    Instant loadedAt) {

  public ModelStatus {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(loadedAt, "loadedAt");
    trainingData = List.copyOf(trainingData);
    languages = List.copyOf(languages);
    classifying = List.copyOf(classifying);
  }

  /** No model in use, for the given reason. */
  public static ModelStatus unavailable(
      String source, Optional<String> current, String reason, Instant at) {
    return new ModelStatus(
        source,
        current,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.of(reason),
        at);
  }

  public boolean loaded() {
    return version.isPresent();
  }

  public boolean fallback() {
    return fallbackReason.isPresent();
  }
}
