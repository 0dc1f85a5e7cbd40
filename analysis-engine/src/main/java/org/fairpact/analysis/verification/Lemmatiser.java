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
import org.apache.lucene.analysis.morfologik.MorphosyntacticTagsAttribute;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Polish words as their dictionary lemmas, with Morfologik's Polish dictionary through Lucene's
 * morfologik analysis module: "reklamacji", "reklamacje" and "reklamacją" are all "reklamacja", and
 * unlike a stemmer's cut ("reklamacj") the lemma is a word the thesaurus knows. A word with several
 * lemmas gives one, by its reading ({@link #preference}): a preposition's or conjunction's ("bez"
 * stays "bez", not the noun "beza"), then a verb's (participles and gerunds lead to their verb:
 * "zatrzymana" is "zatrzymać", "może" is "móc" rather than the particle), then a noun's ("umowy" is
 * "umowa", not the adjective "umowy"), then an adjective's, then the rest, pronouns last ("nie"
 * stays "nie", not "on"); among equals a lemma other than the word itself (a form that is its own
 * lemma is one case of many), then the lemma with more readings of the word ("wady" is "wada", four
 * readings, not "wad", three). A word the dictionary lacks stays as written, lower-cased. Stop
 * words are dropped before lemmatising; numbers stay.
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
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      MorphosyntacticTagsAttribute tags = stream.addAttribute(MorphosyntacticTagsAttribute.class);
      stream.reset();
      String best = null;
      int bestScore = Integer.MIN_VALUE;
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 && best != null) {
          lemmas.add(best);
          best = null;
          bestScore = Integer.MIN_VALUE;
        }
        String lemma = term.toString().toLowerCase(Locale.ROOT);
        String word =
            text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
        int score = preference(lemma, word, tags.getTags());
        if (score > bestScore) {
          best = lemma;
          bestScore = score;
        }
      }
      if (best != null) {
        lemmas.add(best);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return lemmas;
  }

  /**
   * How much a lemma of a word is preferred: by the class of its readings (verbal, noun, adjective,
   * other, pronoun), then whether it differs from the word, then its number of readings.
   */
  static int preference(String lemma, String word, List<StringBuilder> tags) {
    int readings = 0;
    int reading = 0;
    for (StringBuilder tag : tags == null ? List.<StringBuilder>of() : tags) {
      for (String one : tag.toString().split("\\+")) {
        readings++;
        reading = Math.max(reading, classOf(one.split(":", 2)[0]));
      }
    }
    return reading * 1000 + (lemma.equals(word) ? 0 : 100) + Math.min(99, readings);
  }

  private static int classOf(String part) {
    return switch (part) {
      case "prep", "conj", "comp" -> 6;
      case "verb", "ger", "ppas", "pact", "inf", "fin", "praet", "impt", "pcon", "pant", "imps" ->
          5;
      case "subst", "depr" -> 4;
      case "adj", "adja", "adjp", "adjc", "adv", "num" -> 3;
      case "ppron12", "ppron3", "siebie" -> 1;
      default -> 2;
    };
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
