package org.fairpact.infrastructure.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.classification.ModelFormatException;
import org.fairpact.analysis.classification.ModelManifest;
import org.fairpact.analysis.matching.Language;
import org.fairpact.application.ModelStatus;
import org.fairpact.infrastructure.storage.S3ModelObjects;

/**
 * Loads the trained clause model once, when the instance starts: copies the current model object
 * from the object store into a temporary folder and loads it; if it fails its checks, copies the
 * newest others and loads the first that passes them ({@link ModelDirectory}). When none loads
 * (none published, store unreachable, all damaged) the instance logs a WARNING and analyses with
 * register evidence alone; it never fails to start for want of a model. A newly published model
 * reaches an instance when it restarts ({@code bin/fairpact restart --rolling}).
 *
 * <p>{@code fairpact.model.languages} chooses the languages whose documents the classifier judges:
 * by default {@code en,pl}, every language the shipped model has; {@code en} (or {@code pl}) limits
 * it to one. A language the loaded model has no classifier for is left out whatever the setting.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClauseModelHolder {

  @Inject S3ModelObjects objects;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.model.languages", defaultValue = "en,pl")
  String languages;

  private volatile Optional<ClauseModel> model = Optional.empty();
  private volatile ModelStatus status;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    Instant started = Instant.now();
    Optional<String> current = Optional.empty();
    Path folder = null;
    try {
      folder = Files.createTempDirectory("fairpact-models-");
      S3ModelObjects.Copied copied = objects.copyCurrentTo(folder);
      current = copied.current();
      if (copied.files().isEmpty()) {
        unavailable(current, "no clause-model-*.zip objects under " + objects.location(), started);
        return;
      }
      ModelDirectory.Loaded loaded = loadWithFallbacks(folder, copied);
      model = Optional.of(loaded.model());
      status = status(loaded, current, started);
      if (loaded.fallback()) {
        log.warning(
            () ->
                String.format(
                    "clause model %s loaded from %s as a FALLBACK: %s",
                    loaded.model().version(), objects.location(), status.fallbackReason().get()));
      } else {
        log.info(
            () ->
                String.format(
                    "clause model %s loaded from %s in %d ms; classifying %s",
                    loaded.model().version(),
                    objects.location(),
                    Instant.now().toEpochMilli() - started.toEpochMilli(),
                    status.classifying()));
      }
    } catch (IOException | RuntimeException e) {
      unavailable(current, e.getMessage(), started);
    } finally {
      deleteQuietly(folder);
    }
  }

  /**
   * Loads the current model from the folder; only if it fails its checks are the fallbacks copied
   * from the store (they are not needed otherwise, and already there when there was no current
   * model to copy) and loading tried again.
   */
  private ModelDirectory.Loaded loadWithFallbacks(Path folder, S3ModelObjects.Copied copied)
      throws IOException {
    ModelDirectory directory = new ModelDirectory(folder);
    try {
      return directory.loadReporting();
    } catch (ModelFormatException e) {
      if (copied.fallbacks() || objects.copyFallbacksTo(folder).files().isEmpty()) {
        throw e;
      }
      return directory.loadReporting();
    }
  }

  /** The model, if one loaded. */
  public Optional<ClauseModel> model() {
    return model;
  }

  /** The model to classify documents of a language with: empty if none loaded or not enabled. */
  public Optional<ClauseModel> classifierFor(Language language) {
    String code = language.name().toLowerCase(Locale.ROOT);
    return status().classifying().contains(code) ? model : Optional.empty();
  }

  public ModelStatus status() {
    ModelStatus current = status;
    if (current == null) {
      throw new IllegalStateException("the clause model holder has not started");
    }
    return current;
  }

  private void unavailable(Optional<String> current, String reason, Instant at) {
    model = Optional.empty();
    status = ModelStatus.unavailable(objects.location(), current, reason, at);
    log.warning(
        () ->
            "no clause model loaded from "
                + objects.location()
                + " ("
                + reason
                + "): analyses run on register evidence alone");
  }

  private ModelStatus status(
      ModelDirectory.Loaded loaded, Optional<String> current, Instant loadedAt) {
    ClauseModel m = loaded.model();
    ModelManifest manifest = m.manifest();
    List<String> available =
        Arrays.stream(Language.values())
            .filter(l -> m.classifier(l).isPresent())
            .map(l -> l.name().toLowerCase(Locale.ROOT))
            .toList();
    List<String> enabled =
        Arrays.stream(languages.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(available::contains)
            .distinct()
            .toList();
    return new ModelStatus(
        objects.location(),
        current,
        Optional.of(m.version()),
        Optional.of(loaded.file().getFileName().toString()),
        Optional.of(manifest.created()),
        Optional.of(manifest.licence()),
        manifest.trainingData(),
        available,
        enabled,
        loaded.fallback() ? Optional.of(String.join("; ", loaded.failures())) : Optional.empty(),
        Optional.empty(),
        loadedAt);
  }

  private void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      log.log(Level.FINE, "model folder left behind: " + folder, e);
    }
  }
}
