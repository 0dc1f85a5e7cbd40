package org.fairpact.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.ContractAnalyzer;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.classification.TrainingFile;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.matching.Wording;
import org.fairpact.analysis.metrics.FigureJson;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterSnapshot;
import org.fairpact.analysis.training.ClauseModelArchiveWriter;
import org.fairpact.analysis.training.ClauseModelTrainer;
import org.fairpact.analysis.training.RewordingRow;

/**
 * {@code TrainModel DATA_DIR OUT WRITTEN_TRAIN}: trains the clause model from the shared data
 * folder and writes it to {@code OUT}, or to {@code OUT/clause-model-<version>.zip} when {@code
 * OUT} is a directory, which then names it in its {@code CURRENT} file (see {@link
 * ModelDirectory}). Prints the file, the version and the dev figures. The classifier's decision
 * threshold is tuned together with the bundled register's evidence, as production combines them.
 */
public final class TrainModel {

  private TrainModel() {}

  /** The register's clause texts, one per wording, for the Polish classifier to learn. */
  static List<String> registerClauses(List<RegisterEntry> entries) {
    Map<String, String> byWording = new LinkedHashMap<>();
    for (RegisterEntry entry : entries) {
      String text = ClauseText.normalise(entry.clauseText());
      if (!text.isBlank()) {
        byWording.putIfAbsent(Wording.of(text), text);
      }
    }
    return List.copyOf(byWording.values());
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length != 3) {
      System.err.println("usage: TrainModel DATA_DIR OUT_FILE_OR_DIR WRITTEN_TRAIN.csv");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Path writtenFile = Path.of(args[2]);
    List<RewordingRow> written = RewordingRow.read(writtenFile);
    if (!Files.isDirectory(data.resolve("pac"))
        || !Files.isDirectory(data.resolve("claudette-tos"))) {
      System.err.println(data + " holds no pac/ and claudette-tos/ folders");
      System.exit(2);
    }
    ClauseModel model;
    try (RegisterIndex index = RegisterIndex.build(EngineSetup.bundledRegister())) {
      ContractAnalyzer registerOnly = new ContractAnalyzer(index);
      ClauseModelTrainer trainer =
          new ClauseModelTrainer(
              data,
              (text, language) ->
                  registerOnly.assess(text, language).registerRisk() != RiskLevel.NONE,
              List.of(
                  new TrainingFile(
                      "bundled:" + RegisterSnapshot.BUNDLED_RESOURCE,
                      EngineSetup.bundledRegisterSha256(),
                      "train (Polish abusive clauses), tune (register evidence)"),
                  new TrainingFile(
                      writtenFile.getFileName().toString(),
                      ClauseModelTrainer.sha256(writtenFile),
                      "train (Polish), tune (Polish threshold, out of fold)")),
              registerClauses(EngineSetup.bundledRegister()),
              written);
      model = trainer.train();
    }
    boolean intoDirectory = Files.isDirectory(target);
    Path file = intoDirectory ? target.resolve(ModelDirectory.fileName(model.version())) : target;
    ClauseModelArchiveWriter.save(model, file);
    if (intoDirectory) {
      new ModelDirectory(target).makeCurrent(file);
    }
    out.println("model " + model.version() + " written to " + file);
    out.println(FigureJson.line(model.manifest().metrics()));
  }
}
