package org.fairpact.analysis.extraction;

import java.util.Objects;

/**
 * One page of extracted text.
 *
 * @param number 1-based page number in the source document
 * @param text the page's text with {@code \n} line ends; never null
 * @param offset char offset of the page's first character in {@link ExtractedText#fullText()}
 * @param ocr whether the text came from optical character recognition rather than a text layer,
 *     which tells a reader to expect recognition errors
 */
public record Page(int number, String text, int offset, boolean ocr) {

  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("negative page offset: " + offset);
    }
    Objects.requireNonNull(text, "text");
  }

  /** Char offset just past the page's last character in the full text. */
  public int end() {
    return offset + text.length();
  }
}
