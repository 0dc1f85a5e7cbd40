package org.fairpact.analysis.matching;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairpact.analysis.register.ClauseText;

/**
 * The wording of a clause: its words and numbers in order, in lower case, without punctuation.
 * Register entries with the same wording say the same thing; the register publishes such a clause
 * once for every business it was ruled against, sometimes with a full stop more or a capital less.
 */
public final class Wording {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Wording() {}

  /** The wording of a clause text. */
  public static String of(String text) {
    Matcher words = WORD.matcher(ClauseText.normalise(text).toLowerCase(Locale.ROOT));
    StringBuilder wording = new StringBuilder(text.length());
    while (words.find()) {
      if (!wording.isEmpty()) {
        wording.append(' ');
      }
      wording.append(words.group());
    }
    return wording.toString();
  }
}
