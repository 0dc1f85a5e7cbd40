package org.fairpact.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.register.RegisterCsvReader;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterSnapshot;

/**
 * Shared test data: the bundled register, an index of it (built once per test JVM and only read, so
 * sharing it cannot make tests depend on each other's order), and the project's shared data folder,
 * which tests that need it require through an assumption so they skip where it is absent.
 */
public final class TestData {

  /** PAC's label for clauses that are not abusive. */
  public static final String PAC_SAFE = "BEZPIECZNE_POSTANOWIENIE_UMOWNE";

  private TestData() {}

  /** Every entry of the bundled register export. */
  public static List<RegisterEntry> register() {
    return Register.ENTRIES;
  }

  /** An index of the whole bundled register. */
  public static RegisterIndex registerIndex() {
    return Index.INDEX;
  }

  /** The shared data folder, if the build told where it is and it exists. */
  public static Optional<Path> sharedDir() {
    return Optional.ofNullable(System.getProperty("fairpact.shared.dir"))
        .map(dir -> Path.of(dir, "data"))
        .filter(Files::isDirectory);
  }

  /** A file of the shared data folder; skips the calling test when it is not there. */
  public static Path requireShared(String relative) {
    Optional<Path> file = sharedDir().map(dir -> dir.resolve(relative)).filter(Files::exists);
    assumeTrue(file.isPresent(), "shared data " + relative + " not available");
    return file.get();
  }

  /**
   * The clause model committed in the repository's {@code models/} folder (its current one), loaded
   * once per test JVM; skips the calling test where the folder is absent.
   */
  public static ClauseModel committedModel() {
    assumeTrue(Files.isDirectory(MODELS), "no models/ folder at " + MODELS.toAbsolutePath());
    return Model.MODEL;
  }

  /** Texts of the PAC dev split with the given label. */
  public static List<String> pacDev(String label) {
    Path file = requireShared("pac/dev.csv");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.stream()
          .filter(record -> label.equals(record.get("label")))
          .map(CSVRecord::toList)
          .map(fields -> fields.get(0))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Path MODELS = Path.of("..", "models");

  private static final class Model {
    static final ClauseModel MODEL = load();

    private static ClauseModel load() {
      try {
        return new ModelDirectory(MODELS).load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Register {
    static final List<RegisterEntry> ENTRIES =
        RegisterCsvReader.readAll(RegisterSnapshot.openBundled());
  }

  private static final class Index {
    static final RegisterIndex INDEX = RegisterIndex.build(Register.ENTRIES);
  }
}
