package org.fairpact.analysis.register;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML character references that leak into register exports (the register's web form
 * stores some quotes as {@code &quot;}). Only references that can really appear are known by name;
 * numeric ones are all decoded. Unknown ones stay as they are.
 */
final class HtmlEntities {

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

  private static final Map<String, String> NAMED =
      Map.of(
          "quot", "\"", "amp", "&", "apos", "'", "lt", "<", "gt", ">", "nbsp", "\u00A0", "bdquo",
          "„", "rdquo", "”", "ldquo", "“", "ndash", "–");

  private HtmlEntities() {}

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String replacement = replacement(matcher);
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String replacement(Matcher matcher) {
    try {
      if (matcher.group(1) != null) {
        return Character.toString(Integer.parseInt(matcher.group(1)));
      }
      if (matcher.group(2) != null) {
        return Character.toString(Integer.parseInt(matcher.group(2), 16));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return NAMED.get(matcher.group(3));
  }
}
