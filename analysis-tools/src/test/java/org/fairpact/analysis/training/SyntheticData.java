package org.fairpact.analysis.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.dataset.UnfairCategory;

/**
 * A small data folder shaped like the shared one (pac/ and claudette-tos/), made of templated
 * clauses, for training models in seconds where only the mechanics are under test.
 */
final class SyntheticData {

  private static final String[] THINGS = {
    "towaru", "usługi", "przesyłki", "zamówienia", "dostawy", "reklamacji", "płatności", "konta"
  };
  private static final String[] ABUSIVE = {
    "Sprzedawca nie ponosi odpowiedzialności za wady %s.",
    "Sprzedawca zastrzega sobie prawo do zmiany ceny %s w każdym czasie.",
    "Wszelkie spory dotyczące %s rozstrzyga sąd właściwy dla siedziby Sprzedawcy.",
  };
  private static final String[] SAFE = {
    "Kupujący może złożyć reklamację %s w terminie dwóch lat.",
    "Sprzedawca potwierdza przyjęcie %s wiadomością e-mail.",
    "Szczegóły %s opisuje załącznik nr 1 do umowy.",
  };
  private static final String[] CATEGORY_SENTENCES = {
    "we are not liable for any damages arising from the %s .",
    "we may terminate your account and the %s at any time without notice .",
    "we may change these terms and the %s at any time .",
    "we may remove any content from the %s at our sole discretion .",
    "by using the %s you agree to these terms .",
    "these terms and the %s are governed by the laws of california .",
    "any dispute about the %s shall be brought in the courts of new york .",
    "any dispute about the %s shall be resolved by binding arbitration .",
  };
  private static final String[] FAIR = {
    "you can contact us about the %s by email .",
    "the %s is available in many countries .",
    "please read the help pages about the %s .",
  };
  private static final String[] SERVICES = {
    "service", "website", "app", "platform", "store", "software", "account", "content", "site"
  };

  private SyntheticData() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("pac"));
    Files.createDirectories(dir.resolve("claudette-tos"));
    Files.write(dir.resolve("pac/train.csv"), pac(0, 6), StandardCharsets.UTF_8);
    Files.write(dir.resolve("pac/dev.csv"), pac(6, 8), StandardCharsets.UTF_8);
    Files.write(
        dir.resolve("claudette-tos/unfair-tos-train-validation.jsonl"),
        tos(),
        StandardCharsets.UTF_8);
    return dir;
  }

  private static List<String> pac(int from, int to) {
    List<String> lines = new ArrayList<>();
    lines.add("text,label");
    for (int t = from; t < to; t++) {
      for (String template : ABUSIVE) {
        lines.add("\"" + template.formatted(THINGS[t]) + "\",KLAUZULA_ABUZYWNA");
      }
      for (String template : SAFE) {
        lines.add("\"" + template.formatted(THINGS[t]) + "\",BEZPIECZNE_POSTANOWIENIE_UMOWNE");
      }
    }
    return lines;
  }

  private static List<String> tos() {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < SERVICES.length; s++) {
      String split = s < 6 ? "train" : "validation";
      for (int c = 0; c < CATEGORY_SENTENCES.length; c++) {
        lines.add(
            line(split, CATEGORY_SENTENCES[c].formatted(SERVICES[s]), UnfairCategory.values()[c]));
      }
      for (String fair : FAIR) {
        lines.add(line(split, fair.formatted(SERVICES[s]), null));
      }
    }
    return lines;
  }

  private static String line(String split, String text, UnfairCategory category) {
    return "{\"company\": \"C%d\", \"split\": \"%s\", \"sentence\": 0, \"text\": \"%s\", \"labels\": [%s]}"
        .formatted(
            text.length() % 2, split, text, category == null ? "" : "\"" + category.name() + "\"");
  }
}
