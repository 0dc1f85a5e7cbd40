import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ClausePrediction;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.matching.Language;

/** Writes the shipped English classifier's probability, decision and categories per sentence. */
public final class LinearScores {
  public static void main(String[] args) throws Exception {
    LanguageClassifier english = ClauseModel.load(Path.of(args[0])).classifier(Language.EN).orElseThrow();
    ObjectMapper json = new ObjectMapper();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        if (line.isBlank()) {
          continue;
        }
        ClausePrediction p = english.classify(json.readTree(line).get("text").asText());
        out.println(p.probability() + "\t" + (p.abusive() ? 1 : 0) + "\t" + String.join(",", p.categories()));
      }
    }
  }
}
