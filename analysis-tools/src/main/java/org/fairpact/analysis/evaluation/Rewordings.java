package org.fairpact.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic rewordings of Polish clauses for measuring retrieval: the same clause, seed and
 * {@link Rewording} always give the same text, on any machine ({@link Random} is specified to be
 * the same everywhere). Each rewording changes the text enough that it is no longer a copy, while a
 * reader would still recognise the clause.
 */
public final class Rewordings {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Endings swapped among (Polish case and number endings). */
  private static final String[] ENDINGS = {
    "a", "y", "ie", "ę", "ą", "om", "ami", "ach", "u", "owi", "ów", "ego", "emu", "ym", "ej"
  };

  /** Phrase substitutions common in consumer contracts, longest first within a meaning. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("zastrzega sobie prawo", "ma prawo"),
          Map.entry("nie ponosi odpowiedzialności", "nie odpowiada"),
          Map.entry("ponosi odpowiedzialność", "odpowiada"),
          Map.entry("w przypadku", "w razie"),
          Map.entry("niniejszej umowy", "tej umowy"),
          Map.entry("niniejszego regulaminu", "tego regulaminu"),
          Map.entry("niezwłocznie", "bezzwłocznie"),
          Map.entry("wyłącznie", "jedynie"),
          Map.entry("wszelkie", "wszystkie"),
          Map.entry("wszelkich", "wszystkich"),
          Map.entry("Sprzedawca", "Sprzedający"),
          Map.entry("Sprzedawcy", "Sprzedającego"),
          Map.entry("Kupujący", "Nabywca"),
          Map.entry("Kupującego", "Nabywcy"),
          Map.entry("Klient", "Konsument"),
          Map.entry("Klienta", "Konsumenta"),
          Map.entry("Klientowi", "Konsumentowi"),
          Map.entry("Organizator", "Biuro"),
          Map.entry("Organizatora", "Biura"),
          Map.entry("Uczestnik", "Klient"),
          Map.entry("Uczestnika", "Klienta"),
          Map.entry("towaru", "produktu"),
          Map.entry("towar", "produkt"),
          Map.entry("umowy", "kontraktu"),
          Map.entry("jeżeli", "jeśli"),
          Map.entry("bądź", "lub"),
          Map.entry("oraz", "i"),
          Map.entry("może", "jest uprawniony"),
          Map.entry("zwrot", "oddanie"),
          Map.entry("opłaty", "należności"),
          Map.entry("koszty", "wydatki"),
          Map.entry("siedziby", "adresu"),
          Map.entry("rozstrzygane", "rozpatrywane"),
          Map.entry("spory", "sprawy sporne"),
          Map.entry("również", "także"),
          Map.entry("dnia", "dnia kalendarzowego"),
          Map.entry("terminie", "okresie"));

  /** Characters a scanner confuses, and diacritics it loses. */
  private static final Map<Character, String> OCR =
      Map.ofEntries(
          Map.entry('l', "1"),
          Map.entry('i', "l"),
          Map.entry('o', "0"),
          Map.entry('m', "rn"),
          Map.entry('e', "c"),
          Map.entry('a', "o"),
          Map.entry('ą', "a"),
          Map.entry('ę', "e"),
          Map.entry('ł', "l"),
          Map.entry('ś', "s"),
          Map.entry('ż', "z"),
          Map.entry('ó', "o"),
          Map.entry('ć', "c"),
          Map.entry('ń', "n"),
          Map.entry('S', "5"));

  private Rewordings() {}

  /**
   * Rewords a clause.
   *
   * @param text the clause
   * @param kind how to reword it
   * @param seed varies the choices; use something stable such as the register number
   */
  public static String reword(String text, Rewording kind, long seed) {
    Random random = new Random(seed * 31 + kind.ordinal());
    String clean = text.strip().replaceAll("\\s+", " ");
    return switch (kind) {
      case INFLECTION -> inflect(clean, random, 0.3);
      case SYNONYMS -> synonyms(clean, random, 0.8);
      case REORDERING -> reorder(clean, random);
      case TRUNCATION -> truncate(clean, random);
      case OCR_NOISE -> ocr(clean, random, 0.04);
      case COMBINED ->
          ocr(
              truncate(
                  reorder(synonyms(inflect(clean, random, 0.15), random, 0.4), random), random),
              random,
              0.02);
    };
  }

  /** Changes the ending of a share of the words of six or more letters. */
  static String inflect(String text, Random random, double share) {
    Matcher words = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (words.find()) {
      String word = words.group();
      out.append(text, last, words.start());
      if (word.length() >= 6 && random.nextDouble() < share) {
        String stem = word.substring(0, word.length() - 1);
        if ("aeiouyąęó".indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) >= 0) {
          stem = stem.substring(0, stem.length() - 1);
        }
        out.append(stem).append(ENDINGS[random.nextInt(ENDINGS.length)]);
      } else {
        out.append(word);
      }
      last = words.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** Replaces each occurrence of a known phrase with its synonym, with the given chance. */
  static String synonyms(String text, Random random, double chance) {
    String result = text;
    List<String> phrases = new ArrayList<>(SYNONYMS.keySet());
    phrases.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    for (String phrase : phrases) {
      Pattern pattern = Pattern.compile("(?<!\\p{L})" + Pattern.quote(phrase) + "(?!\\p{L})");
      Matcher matcher = pattern.matcher(result);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        String replacement = random.nextDouble() < chance ? SYNONYMS.get(phrase) : phrase;
        matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      matcher.appendTail(out);
      result = out.toString();
    }
    return result;
  }

  /**
   * Puts the sentences, or else the comma-separated parts, in another order; a clause in one piece
   * has its first few words moved to the end.
   */
  static String reorder(String text, Random random) {
    List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=[.;!?]) +")));
    if (sentences.size() > 1) {
      rotate(sentences, random);
      return String.join(" ", sentences);
    }
    String body = text.replaceAll("[.;]+$", "");
    List<String> parts = new ArrayList<>(Arrays.asList(body.split(", +")));
    if (parts.size() > 1) {
      rotate(parts, random);
      return String.join(", ", parts) + ".";
    }
    String[] words = body.split(" ");
    if (words.length < 6) {
      return text;
    }
    int cut = 2 + random.nextInt(Math.max(1, words.length / 3));
    return String.join(" ", Arrays.copyOfRange(words, cut, words.length))
        + " "
        + String.join(" ", Arrays.copyOfRange(words, 0, cut))
        + ".";
  }

  private static void rotate(List<String> parts, Random random) {
    int by = 1 + random.nextInt(parts.size() - 1);
    List<String> rotated = new ArrayList<>(parts.subList(by, parts.size()));
    rotated.addAll(parts.subList(0, by));
    parts.clear();
    parts.addAll(rotated);
  }

  /** Keeps the first 55-80% of the words (at least four). */
  static String truncate(String text, Random random) {
    String[] words = text.split(" ");
    if (words.length <= 5) {
      return text;
    }
    int keep = Math.max(4, (int) Math.round(words.length * (0.55 + 0.25 * random.nextDouble())));
    return String.join(" ", Arrays.copyOf(words, Math.min(keep, words.length)));
  }

  /** Confuses a share of the characters and merges an occasional pair of words. */
  static String ocr(String text, Random random, double share) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && random.nextDouble() < share / 2) {
        continue;
      }
      String confused = OCR.get(c);
      out.append(
          confused != null && random.nextDouble() < share * 3 ? confused : String.valueOf(c));
    }
    return out.toString();
  }
}
