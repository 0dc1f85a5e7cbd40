package org.fairpact.analysis.classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A folder of model files ({@code clause-model-<version>.zip}) with a {@code CURRENT} file naming
 * the one to use. Loading falls back to the other models, most recently modified first, when the
 * current one is missing or fails its checks, so a damaged new model never leaves an instance
 * without one.
 */
public final class ModelDirectory {

  /** The file naming the current model. */
  public static final String CURRENT = "CURRENT";

  private static final Logger LOG = Logger.getLogger(ModelDirectory.class.getName());

  private final Path dir;

  public ModelDirectory(Path dir) {
    this.dir = dir;
  }

  /** The file name of a model in this folder. */
  public static String fileName(String version) {
    return "clause-model-" + version + ".zip";
  }

  /** Makes a model file of this folder the current one. */
  public void makeCurrent(Path model) throws IOException {
    Path temp = Files.createTempFile(dir, CURRENT, ".part");
    Files.writeString(temp, model.getFileName() + "\n", StandardCharsets.UTF_8);
    Files.move(temp, dir.resolve(CURRENT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    readableByAll(dir.resolve(CURRENT));
  }

  /** A temporary file is private to its owner; the folder's files are not secret. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions apply
    }
  }

  /**
   * Loads the current model, or else the first other model that loads.
   *
   * @throws ModelFormatException if no model in the folder loads
   */
  public ClauseModel load() throws IOException {
    return loadReporting().model();
  }

  /**
   * Loads like {@link #load()} and says which file it loaded and why the files tried before it
   * failed, so that an instance can report that it runs on a fallback model.
   *
   * @throws ModelFormatException if no model in the folder loads
   */
  public Loaded loadReporting() throws IOException {
    List<Path> candidates = candidates();
    List<String> failures = new ArrayList<>();
    for (Path candidate : candidates) {
      try {
        ClauseModel model = ClauseModel.load(candidate);
        if (!failures.isEmpty()) {
          LOG.log(
              Level.WARNING,
              "loaded fallback model {0} after: {1}",
              new Object[] {candidate.getFileName(), failures});
        }
        return new Loaded(model, candidate, failures);
      } catch (IOException | RuntimeException e) {
        // a damaged archive can also fail as a runtime exception while its parts are decoded
        failures.add(candidate.getFileName() + ": " + e.getMessage());
      }
    }
    throw new ModelFormatException(
        "no loadable clause model in " + dir + (failures.isEmpty() ? "" : ": " + failures));
  }

  /**
   * A model loaded from the folder.
   *
   * @param model the model
   * @param file the file it came from
   * @param failures the files tried before it, each with why it did not load; empty when the
   *     current model loaded
   */
  public record Loaded(ClauseModel model, Path file, List<String> failures) {

    public Loaded {
      failures = List.copyOf(failures);
    }

    /** Whether a model other than the first candidate (normally the current one) was loaded. */
    public boolean fallback() {
      return !failures.isEmpty();
    }
  }

  /** The current model's file first (if named), then the others, newest first. */
  List<Path> candidates() throws IOException {
    List<Path> candidates = new ArrayList<>();
    Path current = dir.resolve(CURRENT);
    if (Files.isRegularFile(current)) {
      String name = Files.readString(current, StandardCharsets.UTF_8).strip();
      if (!name.isEmpty() && !name.contains("/") && !name.contains("\\")) {
        candidates.add(dir.resolve(name));
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().matches("clause-model-.*\\.zip"))
          .sorted(
              Comparator.comparing(ModelDirectory::modified)
                  .reversed()
                  .thenComparing(Path::toString))
          .filter(f -> !candidates.contains(f))
          .forEach(candidates::add);
    }
    return candidates;
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
