package org.fairpact.analysis.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds sentence boundaries in Polish and English legal prose. A boundary is sentence-ending
 * punctuation, optionally closing quotes or brackets, whitespace, and then something that can open
 * a sentence (a capital, a digit, {@code §}, an opening quote). It is not a boundary after a known
 * abbreviation ({@code art.}, {@code ust.}, {@code zł.}, {@code np.}, {@code e.g.}, {@code Inc.}
 * ...), a single letter (initials, {@code r.} for "roku"), a token with inner dots ({@code m.in.},
 * {@code o.o.}) or a short number ({@code 2.} is list numbering, not a sentence end).
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Stream.of(
              // Polish
              "art",
              "ust",
              "pkt",
              "zł",
              "zl",
              "gr",
              "np",
              "tj",
              "tzw",
              "tzn",
              "itp",
              "itd",
              "ww",
              "jw",
              "ok",
              "godz",
              "nr",
              "ul",
              "al",
              "tel",
              "sp",
              "zob",
              "por",
              "wg",
              "dot",
              "poz",
              "lit",
              "pt",
              "str",
              "tys",
              "mln",
              "mld",
              "min",
              "maks",
              "max",
              "proc",
              "ozn",
              "cyt",
              "inż",
              "mgr",
              "dr",
              "prof",
              "hab",
              "św",
              "im",
              "woj",
              "pow",
              "gm",
              "kc",
              "kpc",
              "dz",
              "ds",
              "zm",
              "rozdz",
              "par",
              "pn",
              "wt",
              "śr",
              "czw",
              "sob",
              "ndz",
              "sa",
              // English
              "inc",
              "ltd",
              "co",
              "corp",
              "no",
              "nos",
              "vs",
              "v",
              "mr",
              "mrs",
              "ms",
              "jr",
              "sr",
              "st",
              "approx",
              "sec",
              "secs",
              "para",
              "fig",
              "dept",
              "est",
              "cf",
              "viz",
              "al",
              "p",
              "pp",
              "ch",
              "vol",
              "llc",
              "plc",
              "bros",
              "u.s",
              "e.g",
              "i.e")
          .collect(Collectors.toUnmodifiableSet());

  private Sentences() {}

  /** Offsets (relative to {@code text}) at which new sentences start, excluding 0. */
  static List<Integer> boundaries(String text) {
    List<Integer> starts = new ArrayList<>();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < length && isCloser(text.charAt(end))) {
        end++;
      }
      int next = end;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next == end || next >= length || !opensSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && !endsSentence(text, i)) {
        continue;
      }
      starts.add(next);
      i = next - 1;
    }
    return starts;
  }

  private static boolean endsSentence(String text, int period) {
    int start = period;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String token = text.substring(start, period);
    while (!token.isEmpty() && "(\"'„“«[".indexOf(token.charAt(0)) >= 0) {
      token = token.substring(1);
    }
    if (token.isEmpty()) {
      return true;
    }
    if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
      return false;
    }
    if (token.length() <= 3 && token.chars().allMatch(Character::isDigit)) {
      return false;
    }
    String word = token.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    int innerDot = token.indexOf('.');
    return innerDot < 0 || !Character.isLetter(token.charAt(token.length() - 1));
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '§'
        || c == '"'
        || c == '„'
        || c == '“'
        || c == '('
        || c == '«';
  }
}
