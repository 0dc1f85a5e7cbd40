package org.fairpact.analysis.segmentation;

import java.util.Objects;

/**
 * A contract clause located in a document.
 *
 * <p>Invariant: {@code text} is exactly {@code fullText.substring(start, end)} of the {@link
 * org.fairpact.analysis.extraction.ExtractedText} it was cut from, and it has no leading or
 * trailing whitespace; any numbering such as {@code "§ 3."} or {@code "2)"} in front of the clause
 * is outside the span. Internal line breaks are kept as they stand in the document.
 *
 * @param index 0-based position of the clause in the document
 * @param text the clause as it appears in the document
 * @param start char offset of the first character
 * @param end char offset just past the last character
 * @param page 1-based page on which the clause starts
 */
public record Clause(int index, String text, int start, int end, int page) {

  public Clause {
    Objects.requireNonNull(text, "text");
    if (index < 0 || start < 0 || end - start != text.length() || page < 1) {
      throw new IllegalArgumentException(
          "inconsistent clause " + index + " [" + start + "," + end + ") on page " + page);
    }
  }
}
