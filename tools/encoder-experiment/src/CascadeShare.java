import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.LanguageClassifier;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * How many clauses of real contracts an encoder would have to read if it only read those the
 * shipped linear model gives at least a given probability of being unfair.
 */
public final class CascadeShare {
  private static final double[] CUTS = {0.02, 0.05, 0.1, 0.2};

  record Contract(int size, int clauses, int[] selected) {}

  public static void main(String[] args) throws Exception {
    LanguageClassifier english =
        ClauseModel.load(Path.of(args[0])).classifier(Language.EN).orElseThrow();
    ClauseSegmenter segmenter = new ClauseSegmenter();
    List<Contract> contracts = new ArrayList<>();
    long[] selected = new long[CUTS.length];
    long[] selectedChars = new long[CUTS.length];
    long clauses = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(args[1]), "*.txt")) {
      for (Path file : files) {
        String text = Files.readString(file);
        List<Clause> segmented = segmenter.segment(text);
        int[] perCut = new int[CUTS.length];
        for (Clause clause : segmented) {
          double p = english.classify(clause.text()).probability();
          clauses++;
          for (int k = 0; k < CUTS.length; k++) {
            if (p >= CUTS[k]) {
              perCut[k]++;
              selected[k]++;
              selectedChars[k] += clause.text().length();
            }
          }
        }
        contracts.add(new Contract(text.length(), segmented.size(), perCut));
      }
    }
    contracts.sort(Comparator.comparingInt(Contract::size));
    Contract median = contracts.get(contracts.size() / 2);
    System.out.printf(
        "%d contracts, %d clauses; median-size contract %d chars, %d clauses%n",
        contracts.size(), clauses, median.size(), median.clauses());
    for (int k = 0; k < CUTS.length; k++) {
      int kk = k;
      int[] counts = contracts.stream().mapToInt(c -> c.selected()[kk]).sorted().toArray();
      System.out.printf(
          "linear probability >= %.2f: %.3f of clauses (mean %d chars), per contract median %d,"
              + " p95 %d; the median-size contract %d%n",
          CUTS[k],
          selected[k] / (double) clauses,
          selected[k] == 0 ? 0 : selectedChars[k] / selected[k],
          counts[counts.length / 2],
          counts[(int) (counts.length * 0.95)],
          median.selected()[k]);
    }
  }
}
