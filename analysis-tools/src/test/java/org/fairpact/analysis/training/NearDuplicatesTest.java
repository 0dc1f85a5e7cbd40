package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fairpact.analysis.TestData;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.dataset.PacCsv;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String REMINDER =
      "W przypadku opóźnień Pożyczkobiorcy w spłacie pożyczki Pożyczkodawca ma prawo raz dziennie"
          + " telefonicznie upomnieć Pożyczkobiorcę do spłaty pożyczki. Za każdy telefon do"
          + " Pożyczkobiorcy Pożyczkodawca nalicza opłatę w wysokości %s zł.";
  private static final String JURISDICTION =
      "Spory wynikłe w związku z niniejszą Umową będą rozpatrywane przez Sąd właściwy dla siedziby"
          + " Sprzedawcy.";
  private static final String COMPLAINT =
      "Kupujący może złożyć reklamację towaru w terminie dwóch lat od jego wydania.";

  @Test
  void aClauseWithAFigureChangedJoinsTheGroupOfItsFirstCopy() {
    List<String> texts =
        List.of(
            JURISDICTION,
            REMINDER.formatted("100"),
            COMPLAINT,
            REMINDER.formatted("dwadzieścia"),
            JURISDICTION.replace("Umową", "umową"));

    int[] groups = NearDuplicates.groups(Language.PL, texts);

    assertThat(groups).containsExactly(0, 1, 2, 1, 0);
  }

  @Test
  void nearDuplicatesShareAFoldAndDistinctClausesSpreadOverAll() {
    TrainCrossValidation cv =
        new TrainCrossValidation(
            Language.PL, ClauseModelTrainer.FEATURES, ClauseModelTrainer.SVM, 5);
    List<String> texts =
        IntStream.range(0, 40)
            .mapToObj(i -> i % 2 == 0 ? REMINDER.formatted(i) : distinct(i))
            .toList();

    int[] folds = cv.folds(texts);

    assertThat(IntStream.range(0, 40).filter(i -> i % 2 == 0).map(i -> folds[i]).distinct())
        .as("every copy of the reminder clause in the fold of the first")
        .containsExactly(folds[0]);
    assertThat(IntStream.of(folds).distinct().count()).isEqualTo(5);
    assertThat(cv.folds(texts)).as("the same folds every run").isEqualTo(folds);
  }

  @Test
  void pacTrainNearCopiesFallInOneGroup() throws IOException {
    List<String> train =
        PacCsv.read(TestData.requireShared("pac/train.csv")).stream()
            .map(LabelledClause::text)
            .toList();

    int[] groups = NearDuplicates.groups(Language.PL, train);

    Map<Integer, Long> sizes =
        IntStream.of(groups).boxed().collect(Collectors.groupingBy(g -> g, Collectors.counting()));
    long inGroups = sizes.values().stream().filter(size -> size > 1).mapToLong(s -> s).sum();
    // a third of PAC train has a near-duplicate elsewhere in train
    assertThat(inGroups).isBetween(1_400L, 1_700L);
    assertThat(sizes.size()).isBetween(3_200, 3_500);
  }

  private static String distinct(int i) {
    String[] subjects = {"Sprzedawca", "Bank", "Dostawca", "Operator", "Ubezpieczyciel"};
    String[] acts = {"zmienić cennik", "rozwiązać umowę", "pobrać opłatę", "wstrzymać usługę"};
    String[] whens = {"w każdym czasie", "bez podania przyczyny", "po upływie miesiąca"};
    return subjects[i % 5] + " może " + acts[i % 4] + " " + whens[i % 3] + " nr " + "x".repeat(i);
  }
}
