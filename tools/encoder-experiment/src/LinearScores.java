import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ClausePrediction;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.dataset.TosSentence;
import org.fairpact.analysis.dataset.UnfairTosJsonl;
import org.fairpact.analysis.matching.Language;

/** Writes the shipped English classifier's probability, decision and categories per sentence. */
public final class LinearScores {
  public static void main(String[] args) throws Exception {
    LanguageClassifier english =
        ClauseModel.load(Path.of(args[0])).classifier(Language.EN).orElseThrow();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      for (TosSentence sentence : UnfairTosJsonl.read(Path.of(args[1]))) {
        ClausePrediction p = english.classify(sentence.text());
        out.println(
            p.probability()
                + "\t"
                + (p.abusive() ? 1 : 0)
                + "\t"
                + String.join(",", p.categories()));
      }
    }
  }
}
