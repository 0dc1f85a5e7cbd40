package org.fairpact.analysis.segmentation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbering that opens a contract paragraph: {@code § 1}, {@code Art. 5}, {@code
 * 1.}, {@code 1.1}, {@code 1)}, {@code a)}, {@code (iv)}, {@code II.}, {@code ust. 2}, {@code pkt
 * 3}, {@code Section 4} and bullets. A marker only counts when followed by whitespace, so {@code
 * 1.5%} or {@code 3)x} are ordinary text.
 */
final class Numbering {

  private static final Pattern MARKER =
      Pattern.compile(
          "(?:"
              + "§+\\s*\\d+[a-z]?\\.?"
              + "|(?iu:art\\.|artykuł|article|section|sec\\.|rozdział|chapter)\\s*\\d+[a-z]?\\.?"
              + "|(?iu:ust\\.?|pkt\\.?|punkt)\\s*\\d+[a-z]?[.)]?"
              + "|\\d{1,3}(?:\\.\\d{1,3})*[.)]"
              + "|\\d{1,3}(?:\\.\\d{1,3})+"
              + "|\\(\\d{1,3}\\)"
              + "|\\(?[a-z][.)]"
              + "|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\\)"
              + "|[IVX]{1,5}\\."
              + "|[-•–—*·▪●]"
              + ")(?=\\s)");

  private Numbering() {}

  /**
   * Length of the numbering marker (one or several, e.g. {@code "§ 4. 1."}) starting exactly at
   * {@code from}, including the whitespace after it; 0 if there is none.
   */
  static int markerLength(CharSequence text, int from) {
    int position = from;
    Matcher matcher = MARKER.matcher(text);
    while (position < text.length()) {
      matcher.region(position, text.length());
      if (!matcher.lookingAt()) {
        break;
      }
      position = matcher.end();
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }
    return position - from;
  }
}
