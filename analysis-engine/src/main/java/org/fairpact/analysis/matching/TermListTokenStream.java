package org.fairpact.analysis.matching;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Feeds already analysed terms to the Lucene index, so each register entry is analysed once for
 * both the index and its similarity profile.
 */
final class TermListTokenStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int next;

  TermListTokenStream(List<String> terms) {
    this.terms = List.copyOf(terms);
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
