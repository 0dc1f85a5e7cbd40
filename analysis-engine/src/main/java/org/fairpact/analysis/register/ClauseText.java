package org.fairpact.analysis.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Canonical forms of register text. Exports of the same register differ in typography (curly or
 * straight quotes, hyphens or dashes, non-breaking spaces, decomposed Polish letters, HTML
 * references) while saying the same thing; normalising first lets a re-sync compare what an entry
 * says rather than how it was typed.
 */
public final class ClauseText {

  private static final String DOUBLE_QUOTES = "„“”‟«»″〞〝＂";
  private static final String SINGLE_QUOTES = "‚‘’‛‹›′`´";
  private static final String DASHES = "‐‑‒–—―−﹘﹣－";
  private static final char FIELD_SEPARATOR = '\u001F';

  private ClauseText() {}

  /**
   * Normal form of a clause or field: HTML references decoded, Unicode NFC, quotes reduced to
   * {@code "} and {@code '}, dashes to {@code -}, {@code …} to three dots, whitespace runs to one
   * space, ends trimmed, and quotes wrapping the whole text removed (the register quotes many
   * clauses, but not all, and not always on both sides). Case is kept. Null gives the empty string.
   * Idempotent.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decoded = HtmlEntities.decode(text);
    if (!Normalizer.isNormalized(decoded, Normalizer.Form.NFC)) {
      decoded = Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }
    StringBuilder out = new StringBuilder(decoded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (DOUBLE_QUOTES.indexOf(c) >= 0) {
        out.append('"');
      } else if (SINGLE_QUOTES.indexOf(c) >= 0) {
        out.append('\'');
      } else if (DASHES.indexOf(c) >= 0) {
        out.append('-');
      } else if (c == '…') {
        out.append("...");
      } else {
        out.append(c);
      }
    }
    return stripWrappingQuotes(out.toString());
  }

  /**
   * SHA-256 (lower-case hex) over the normalised fields that define what an entry says: clause
   * text, case signature, court, judgment date, entry date and sector (upper-cased). The register
   * number is the entry's identity, not its content, and parties and remarks are left out because
   * exports spell them inconsistently; changing any included field changes the hash.
   */
  public static String contentHash(RegisterEntry entry) {
    String canonical =
        String.join(
            String.valueOf(FIELD_SEPARATOR),
            normalise(entry.clauseText()),
            normalise(entry.caseSignature()),
            normalise(entry.court()),
            isoDate(entry.judgmentDate()),
            isoDate(entry.entryDate()),
            normalise(entry.sector()).toUpperCase(Locale.ROOT));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String isoDate(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /**
   * Removes a pair of quotes around the whole text, or a lone quote at one end. A pair counts as
   * wrapping only if what is inside has balanced quotes that open first, so {@code "Cena" i "VAT"}
   * keeps its quotes.
   */
  private static String stripWrappingQuotes(String text) {
    String result = text;
    while (result.length() >= 2
        && result.charAt(0) == '"'
        && result.endsWith("\"")
        && quotesOpenFirst(result.substring(1, result.length() - 1))) {
      result = result.substring(1, result.length() - 1).strip();
    }
    long quotes = result.chars().filter(c -> c == '"').count();
    if (quotes == 1 && result.startsWith("\"")) {
      result = result.substring(1).strip();
    } else if (quotes == 1 && result.endsWith("\"")) {
      result = result.substring(0, result.length() - 1).strip();
    }
    return result;
  }

  private static boolean quotesOpenFirst(String inner) {
    int first = inner.indexOf('"');
    if (first < 0) {
      return true;
    }
    boolean opening = first == 0 || !Character.isLetterOrDigit(inner.charAt(first - 1));
    return opening && inner.chars().filter(c -> c == '"').count() % 2 == 0;
  }
}
