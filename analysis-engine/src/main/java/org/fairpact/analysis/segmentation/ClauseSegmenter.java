package org.fairpact.analysis.segmentation;

import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.extraction.ExtractedText;

/**
 * Cuts a document into clauses.
 *
 * <p>First the text is divided into blocks: a blank line ends a block, and so does a line that
 * opens with paragraph numbering ({@link Numbering}); single line breaks are treated as wrapping,
 * which is what they are in PDF text. A block that ends a page without closing punctuation and is
 * continued on the next page in lower case is joined with its continuation. Blocks longer than
 * {@link #LONG_PARAGRAPH} characters are cut into sentences ({@link Sentences}), and sentences
 * shorter than {@link #MIN_SENTENCE} are kept with their neighbour. Numbering in front of a clause
 * is left out of its span. Fragments shorter than {@link #MIN_CLAUSE} characters, and short lines
 * in capitals, are headings or numbers, not clauses, and are dropped.
 *
 * <p>Stateless and thread-safe. The register index cuts long register entries with the same rules,
 * so a contract paragraph and its register original are split alike.
 */
public class ClauseSegmenter {

  /** A paragraph up to this long is one clause, which is how most register entries read. */
  public static final int LONG_PARAGRAPH = 600;

  /** A sentence shorter than this is not a clause of its own. */
  public static final int MIN_SENTENCE = 40;

  /** Fragments shorter than this are headings or numbers. */
  public static final int MIN_CLAUSE = 20;

  private static final int MAX_HEADING = 80;

  /** Segments a document; clause indices run from 0 in document order. */
  public List<Clause> segment(ExtractedText text) {
    String full = text.fullText();
    List<Clause> clauses = new ArrayList<>();
    for (Span span : spans(full, text)) {
      clauses.add(
          new Clause(
              clauses.size(),
              full.substring(span.start, span.end),
              span.start,
              span.end,
              text.pageAt(span.start)));
    }
    return List.copyOf(clauses);
  }

  /** Segments a text without page structure, such as a register entry; all clauses on page 1. */
  public List<Clause> segment(String text) {
    return segment(ExtractedText.ofText(text));
  }

  /**
   * The sentences of a text, cut by the same rules as long paragraphs (sentences shorter than
   * {@link #MIN_SENTENCE} joined to a neighbour), trimmed. Lets the matcher compare parts of a
   * clause with parts of a register entry.
   */
  public List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (Span span : sentenceSpans(text, new Span(0, text.length()))) {
      Span trimmed = trim(text, span);
      if (trimmed.length() > 0) {
        sentences.add(text.substring(trimmed.start, trimmed.end));
      }
    }
    return sentences;
  }

  private static List<Span> spans(String full, ExtractedText text) {
    List<Span> result = new ArrayList<>();
    for (Span block : joinAcrossPages(full, text, blocks(full))) {
      if (block.length() > LONG_PARAGRAPH) {
        for (Span sentence : sentenceSpans(full, block)) {
          addClause(full, sentence, result);
        }
      } else {
        addClause(full, block, result);
      }
    }
    return result;
  }

  /** Blocks separated by blank lines and numbered line starts, not yet trimmed. */
  static List<Span> blocks(String full) {
    List<Span> blocks = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    int lineStart = 0;
    while (lineStart <= full.length()) {
      int lineEnd = lineEnd(full, lineStart);
      int content = skipSpaces(full, lineStart, lineEnd);
      if (content == lineEnd) {
        if (blockStart >= 0) {
          blocks.add(new Span(blockStart, blockEnd));
          blockStart = -1;
        }
      } else {
        if (blockStart >= 0 && Numbering.markerLength(full, content) > 0) {
          blocks.add(new Span(blockStart, blockEnd));
          blockStart = -1;
        }
        if (blockStart < 0) {
          blockStart = content;
        }
        blockEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart >= 0) {
      blocks.add(new Span(blockStart, blockEnd));
    }
    return blocks;
  }

  private static List<Span> joinAcrossPages(String full, ExtractedText text, List<Span> blocks) {
    List<Span> joined = new ArrayList<>();
    for (Span block : blocks) {
      if (!joined.isEmpty()) {
        Span previous = joined.get(joined.size() - 1);
        if (text.pageAt(previous.start) != text.pageAt(block.start)
            && !endsWithPunctuation(full, previous)
            && Character.isLowerCase(full.charAt(block.start))) {
          joined.set(joined.size() - 1, new Span(previous.start, block.end));
          continue;
        }
      }
      joined.add(block);
    }
    return joined;
  }

  private static List<Span> sentenceSpans(String full, Span block) {
    String blockText = full.substring(block.start, block.end);
    List<Span> pieces = new ArrayList<>();
    int start = 0;
    for (int boundary : Sentences.boundaries(blockText)) {
      pieces.add(new Span(block.start + start, block.start + boundary));
      start = boundary;
    }
    pieces.add(new Span(block.start + start, block.end));
    List<Span> merged = new ArrayList<>();
    Span pending = null;
    for (Span piece : pieces) {
      Span current = pending == null ? piece : new Span(pending.start, piece.end);
      pending = null;
      if (trim(full, current).length() < MIN_SENTENCE) {
        pending = current;
      } else {
        merged.add(current);
      }
    }
    if (pending != null) {
      if (merged.isEmpty()) {
        merged.add(pending);
      } else {
        Span last = merged.remove(merged.size() - 1);
        merged.add(new Span(last.start, pending.end));
      }
    }
    return merged;
  }

  private static void addClause(String full, Span raw, List<Span> result) {
    Span span = trim(full, raw);
    int marker = Numbering.markerLength(full, span.start);
    if (marker > 0 && marker < span.length()) {
      span = trim(full, new Span(span.start + marker, span.end));
    }
    if (span.length() < MIN_CLAUSE || isHeading(full, span)) {
      return;
    }
    result.add(span);
  }

  private static boolean isHeading(String full, Span span) {
    if (span.length() > MAX_HEADING || endsWithPunctuation(full, span)) {
      return false;
    }
    boolean letters = false;
    for (int i = span.start; i < span.end; i++) {
      char c = full.charAt(i);
      if (c == '\n' || Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private static boolean endsWithPunctuation(String full, Span span) {
    Span trimmed = trim(full, span);
    return trimmed.length() > 0 && ".;:!?".indexOf(full.charAt(trimmed.end - 1)) >= 0;
  }

  private static Span trim(String full, Span span) {
    int start = span.start;
    int end = span.end;
    while (start < end && Character.isWhitespace(full.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(full.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static int lineEnd(String full, int from) {
    int newline = full.indexOf('\n', from);
    return newline < 0 ? full.length() : newline;
  }

  private static int skipSpaces(String full, int from, int to) {
    int position = from;
    while (position < to && Character.isWhitespace(full.charAt(position))) {
      position++;
    }
    return position;
  }

  /** A half-open char range of the full text. */
  record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }
}
