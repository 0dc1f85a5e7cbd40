package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fairpact.analysis.matching.Language;

/**
 * Turns a clause into named features with counts, as {@link FeatureConfig} describes: {@code "w:"}
 * followed by space-joined stems for word n-grams, {@code "s:"} followed by the same words as
 * written (normalised, unstemmed) for surface word n-grams, {@code "c:"} followed by the characters
 * for character n-grams. Surface word n-grams count with the word n-grams in the TF-IDF weighting
 * (see {@link FeatureSpace}).
 *
 * <p>The text is first normalised character by character (lower case, digits to {@code 0},
 * typographic quotes and dashes to ASCII, any whitespace to a space) without changing its length,
 * so offsets in the normalised text are offsets in the clause, and {@link Analysis#surface} can
 * show a feature as the clause's own words. Thread-safe.
 */
public final class TextFeatures {

  static final String WORD = "w:";
  static final String CHAR = "c:";
  static final String SURFACE = "s:";

  private static final Analyzer POLISH = stemming(Language.PL);
  private static final Analyzer ENGLISH = stemming(Language.EN);

  private final Language language;
  private final FeatureConfig config;

  public TextFeatures(Language language, FeatureConfig config) {
    this.language = language;
    this.config = config;
  }

  /** Feature counts of a text. */
  public Map<String, Integer> count(String text) {
    return analyse(text).counts();
  }

  /**
   * The TF-IDF vector of a text over a feature space: the same as {@code
   * space.vector(count(text))}, computed from hashes of the n-grams without building their names,
   * since this runs for every clause of every contract.
   */
  public Feature[] vector(String text, FeatureSpace space) {
    String normal = normalise(text);
    Numbers numbers = new Numbers();
    if (config.maxWordN() > 0 || config.maxSurfaceWordN() > 0) {
      List<Token> tokens = tokens(normal);
      hashWordGrams(tokens, normal, false, config.maxWordN(), space, numbers);
      hashWordGrams(tokens, normal, true, config.maxSurfaceWordN(), space, numbers);
    }
    if (config.maxCharN() > 0) {
      FeatureHash prefix = new FeatureHash().add(CHAR, 0, CHAR.length());
      FeatureHash gram = new FeatureHash();
      StringBuilder padded = new StringBuilder();
      for (int[] word : words(normal)) {
        padded.setLength(0);
        padded.append(' ').append(normal, word[0], word[1]).append(' ');
        for (int n = config.minCharN(); n <= config.maxCharN(); n++) {
          for (int i = 0; i + n <= padded.length(); i++) {
            numbers.add(space.number(gram.from(prefix).add(padded, i, i + n).value()));
          }
        }
      }
    }
    return space.vector(numbers.values, numbers.length);
  }

  /** Adds the numbers of a text's word n-grams (surface or stemmed) known to the space. */
  private static void hashWordGrams(
      List<Token> tokens,
      String normal,
      boolean surface,
      int maxN,
      FeatureSpace space,
      Numbers numbers) {
    String name = surface ? SURFACE : WORD;
    FeatureHash prefix = new FeatureHash().add(name, 0, name.length());
    FeatureHash gram = new FeatureHash();
    for (int i = 0; i < tokens.size(); i++) {
      gram.from(prefix);
      for (int n = 1; n <= maxN && i + n <= tokens.size(); n++) {
        if (n > 1) {
          gram.add(' ');
        }
        Token token = tokens.get(i + n - 1);
        if (surface) {
          gram.add(normal, token.start(), token.end());
        } else {
          gram.add(token.term(), 0, token.term().length());
        }
        numbers.add(space.number(gram.value()));
      }
    }
  }

  /** Feature numbers of n-gram occurrences, growing as needed; 0 (unknown feature) is skipped. */
  private static final class Numbers {
    private int[] values = new int[64];
    private int length;

    void add(int number) {
      if (number > 0) {
        if (length == values.length) {
          values = Arrays.copyOf(values, length * 2);
        }
        values[length++] = number;
      }
    }
  }

  /** Counts a text's word n-grams, of stems or of the words as written ({@code surface}). */
  private static void countWordGrams(
      List<Token> tokens, String normal, boolean surface, int maxN, Map<String, Integer> counts) {
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder gram = new StringBuilder(surface ? SURFACE : WORD);
      for (int n = 1; n <= maxN && i + n <= tokens.size(); n++) {
        if (n > 1) {
          gram.append(' ');
        }
        Token token = tokens.get(i + n - 1);
        gram.append(surface ? normal.substring(token.start(), token.end()) : token.term());
        counts.merge(gram.toString(), 1, Integer::sum);
      }
    }
  }

  /** A text's features with what is needed to show them as the text's own words. */
  Analysis analyse(String text) {
    String normal = normalise(text);
    Map<String, Integer> counts = new HashMap<>();
    List<Token> tokens =
        config.maxWordN() > 0 || config.maxSurfaceWordN() > 0 ? tokens(normal) : List.of();
    countWordGrams(tokens, normal, false, config.maxWordN(), counts);
    countWordGrams(tokens, normal, true, config.maxSurfaceWordN(), counts);
    if (config.maxCharN() > 0) {
      for (int[] word : words(normal)) {
        String padded = ' ' + normal.substring(word[0], word[1]) + ' ';
        for (int n = config.minCharN(); n <= config.maxCharN(); n++) {
          for (int i = 0; i + n <= padded.length(); i++) {
            counts.merge(CHAR + padded.substring(i, i + n), 1, Integer::sum);
          }
        }
      }
    }
    return new Analysis(text, normal, tokens, counts);
  }

  /** A text, its normal form, its stemmed tokens and its feature counts. */
  record Analysis(String text, String normal, List<Token> tokens, Map<String, Integer> counts) {

    /**
     * Where a feature occurs in the text, as the text's own characters: the words a word n-gram was
     * stemmed from or written as, or the whole word holding a character n-gram.
     */
    Optional<String> surface(String feature) {
      boolean asWritten = feature.startsWith(SURFACE);
      if (feature.startsWith(WORD) || asWritten) {
        String[] terms = feature.substring((asWritten ? SURFACE : WORD).length()).split(" ");
        for (int i = 0; i + terms.length <= tokens.size(); i++) {
          boolean same = true;
          for (int j = 0; j < terms.length && same; j++) {
            Token token = tokens.get(i + j);
            same =
                asWritten
                    ? normal.regionMatches(token.start(), terms[j], 0, terms[j].length())
                        && token.end() - token.start() == terms[j].length()
                    : token.term().equals(terms[j]);
          }
          if (same) {
            return Optional.of(
                text.substring(tokens.get(i).start(), tokens.get(i + terms.length - 1).end()));
          }
        }
      } else if (feature.startsWith(CHAR)) {
        String gram = feature.substring(CHAR.length());
        String chars = gram.strip();
        int at = chars.isEmpty() ? -1 : find(gram, chars);
        if (at >= 0) {
          int start = at;
          int end = at + chars.length();
          while (start > 0 && Character.isLetterOrDigit(normal.charAt(start - 1))) {
            start--;
          }
          while (end < normal.length() && Character.isLetterOrDigit(normal.charAt(end))) {
            end++;
          }
          return Optional.of(text.substring(start, end));
        }
      }
      return Optional.empty();
    }

    /** Start of {@code chars} where it sits as the padded gram says (word start, end or inside). */
    private int find(String gram, String chars) {
      boolean atStart = gram.startsWith(" ");
      boolean atEnd = gram.endsWith(" ");
      for (int at = normal.indexOf(chars); at >= 0; at = normal.indexOf(chars, at + 1)) {
        int end = at + chars.length();
        boolean startOk = !atStart || at == 0 || !Character.isLetterOrDigit(normal.charAt(at - 1));
        boolean endOk =
            !atEnd || end == normal.length() || !Character.isLetterOrDigit(normal.charAt(end));
        if (startOk && endOk) {
          return at;
        }
      }
      return -1;
    }
  }

  /** Lower case, digits as 0, ASCII quotes and dashes, whitespace as a space; same length. */
  static String normalise(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isDigit(c)) {
        c = '0';
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        c = ' ';
      } else if ("„“”«»″".indexOf(c) >= 0) {
        c = '"';
      } else if ("‚‘’‛`´".indexOf(c) >= 0) {
        c = '\'';
      } else if ("‐‑‒–—―−".indexOf(c) >= 0) {
        c = '-';
      } else {
        c = Character.toLowerCase(c);
      }
      chars[i] = c;
    }
    return new String(chars);
  }

  private List<Token> tokens(String normal) {
    Analyzer analyzer = language == Language.PL ? POLISH : ENGLISH;
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", normal)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return tokens;
  }

  /** Spans of maximal runs of letters and digits. */
  private static List<int[]> words(String normal) {
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= normal.length(); i++) {
      boolean inWord = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(new int[] {start, i});
        start = -1;
      }
    }
    return words;
  }

  private static Analyzer stemming(Language language) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream =
            language == Language.PL
                ? new StempelFilter(tokenizer, new StempelStemmer(PolishAnalyzer.getDefaultTable()))
                : new PorterStemFilter(new EnglishPossessiveFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** A stemmed term and the span of the word it comes from. */
  record Token(String term, int start, int end) {}
}
