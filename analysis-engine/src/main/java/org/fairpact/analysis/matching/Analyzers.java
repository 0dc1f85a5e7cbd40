package org.fairpact.analysis.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The Lucene analysis chain per language: Polish with the Stempel stemmer and Polish stop words,
 * English with the Porter stemmer and English stop words. Analyzers are thread-safe and expensive
 * to create (Stempel loads its stemming table), so each exists once.
 */
final class Analyzers {

  private static final Analyzer POLISH = new PolishAnalyzer();
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  private Analyzers() {}

  /**
   * The analysed (lower-cased, stop-word free, stemmed) terms of a text in order, each with the
   * offset in {@code text} where its word starts.
   */
  static List<Token> tokens(Language language, String text) {
    Analyzer analyzer = language == Language.PL ? POLISH : ENGLISH;
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return tokens;
  }

  /** Just the terms of tokens. */
  static List<String> terms(List<Token> tokens) {
    return tokens.stream().map(Token::term).toList();
  }

  /** An analysed term and where its word starts in the analysed text. */
  record Token(String term, int start) {}
}
