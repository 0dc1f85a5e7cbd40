package org.fairpact.analysis.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a whole document as a sequence of pages.
 *
 * <p>The full text is the pages' texts joined with {@link #PAGE_SEPARATOR} (a blank line), so a
 * page boundary always reads as a paragraph break to the segmenter. Invariant, checked on
 * construction: pages are numbered 1..n in order and each page's offset is exactly where its text
 * starts in {@link #fullText()}; clause offsets computed on the full text can therefore be mapped
 * back to a page with {@link #pageAt(int)}.
 */
public record ExtractedText(List<Page> pages) {

  /** What separates consecutive pages in {@link #fullText()}. */
  public static final String PAGE_SEPARATOR = "\n\n";

  public ExtractedText {
    pages = List.copyOf(pages);
    int expected = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      if (page.number() != i + 1 || page.offset() != expected) {
        throw new IllegalArgumentException(
            "page " + page.number() + " at offset " + page.offset() + " breaks the page layout");
      }
      expected = page.end() + PAGE_SEPARATOR.length();
    }
  }

  /** A single-page text, as read from a plain text file. */
  public static ExtractedText ofText(String text) {
    return builder().addPage(text, false).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The pages' texts joined with {@link #PAGE_SEPARATOR}; computed on each call. */
  public String fullText() {
    StringBuilder full = new StringBuilder();
    for (Page page : pages) {
      if (page.number() > 1) {
        full.append(PAGE_SEPARATOR);
      }
      full.append(page.text());
    }
    return full.toString();
  }

  /**
   * The number of the page holding the given char offset of the full text. Offsets inside a page
   * separator belong to the page before it; offsets past the end belong to the last page.
   *
   * @throws IllegalArgumentException for a negative offset
   * @throws IllegalStateException if there are no pages
   */
  public int pageAt(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset: " + offset);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no pages");
    }
    int low = 0;
    int high = pages.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (pages.get(mid).offset() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return pages.get(low).number();
  }

  /**
   * Appends pages while keeping the offset invariant. Line ends become {@code \n}, and other
   * control characters (which no contract is written in, and which a hostile file may be made of) a
   * space each, so offsets into the text stay as they were.
   */
  public static final class Builder {
    private final List<Page> pages = new ArrayList<>();
    private int offset;

    private Builder() {}

    public Builder addPage(String text, boolean ocr) {
      String clean = withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'));
      if (!pages.isEmpty()) {
        offset += PAGE_SEPARATOR.length();
      }
      pages.add(new Page(pages.size() + 1, clean, offset, ocr));
      offset += clean.length();
      return this;
    }

    public ExtractedText build() {
      return new ExtractedText(pages);
    }

    private static String withoutControls(String text) {
      char[] chars = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c < ' ' && c != '\n' && c != '\t') || c == '\u007F') {
          if (chars == null) {
            chars = text.toCharArray();
          }
          chars[i] = ' ';
        }
      }
      return chars == null ? text : new String(chars);
    }
  }
}
