package org.fairpact.analysis.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Polish words as their dictionary lemmas, with Morfologik's Polish dictionary through Lucene's
 * morfologik analysis module: "reklamacji", "reklamacje" and "reklamacją" are all "reklamacja", and
 * unlike a stemmer's cut ("reklamacj") the lemma is a word the thesaurus knows. A word with several
 * lemmas ("mogą": "móc", "moga") gives the first the dictionary lists; a word the dictionary lacks
 * stays as written, lower-cased. Stop words are dropped before lemmatising; numbers stay.
 *
 * <p>Thread-safe: the analyser is shared and Lucene keeps one token stream per thread.
 */
public final class Lemmatiser {

  /** Lemmas that carry the legal effect although the stop list drops their surface form. */
  private static final CharArraySet STOP_WORDS = stopWords();

  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream stream = new LowerCaseFilter(source);
          stream = new StopFilter(stream, STOP_WORDS);
          stream = new MorfologikFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  private Lemmatiser() {}

  /** The lemmas of a text's words in order, one per word. */
  public static List<String> lemmas(String text) {
    List<String> lemmas = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || lemmas.isEmpty()) {
          lemmas.add(term.toString().toLowerCase(Locale.ROOT));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return lemmas;
  }

  /**
   * Lucene's Polish stop words without the words that decide what a clause does: negation and
   * modality ("nie", "może", "musi") and the party pronouns stay as lemmas.
   */
  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(PolishAnalyzer.getDefaultStopSet(), false);
    CharArraySet kept = new CharArraySet(words.size(), false);
    List<String> meaningful =
        List.of(
            "nie",
            "może",
            "mogą",
            "można",
            "musi",
            "bez",
            "tylko",
            "żadnej",
            "żadnych",
            "żaden",
            "wszelkie",
            "wszelkich",
            "każdy",
            "każdej",
            "zawsze",
            "nigdy");
    for (Object word : words) {
      String w = new String((char[]) word);
      if (!meaningful.contains(w)) {
        kept.add(w);
      }
    }
    return CharArraySet.unmodifiableSet(kept);
  }
}
