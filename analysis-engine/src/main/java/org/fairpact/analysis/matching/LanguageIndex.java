package org.fairpact.analysis.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fairpact.analysis.matching.Analyzers.Token;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * The register analysed in one language: a Lucene index for retrieving candidates and, per entry,
 * its {@link Passages} for scoring them. Entries are identified by their position (ordinal) in the
 * list given to {@link #build}; the index is merged into one segment with an order-keeping merge
 * policy, so a Lucene document id is that ordinal. Immutable and thread-safe once built.
 */
final class LanguageIndex implements AutoCloseable {

  /** Lucene's default limit on clauses in a boolean query is 1024; stay well below it. */
  private static final int MAX_QUERY_TERMS = 300;

  private static final String FIELD = "text";

  private final Language language;
  private final Vocabulary vocabulary;
  private final List<Passages> passages;
  private final List<Surface> surfaces;
  private final ScanRepair repair;
  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ClauseSegmenter segmenter;

  private LanguageIndex(
      Language language,
      Vocabulary vocabulary,
      List<Passages> passages,
      List<Surface> surfaces,
      ScanRepair repair,
      ByteBuffersDirectory directory,
      ClauseSegmenter segmenter)
      throws IOException {
    this.language = language;
    this.vocabulary = vocabulary;
    this.passages = List.copyOf(passages);
    this.surfaces = List.copyOf(surfaces);
    this.repair = repair;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.segmenter = segmenter;
  }

  /**
   * Analyses and indexes entry texts. The analysis, where the time goes (Stempel stemming), runs on
   * the common fork-join pool: building happens at start-up and after a register sync, when
   * finishing soon matters more than sharing the processors.
   */
  static LanguageIndex build(Language language, List<String> texts, ClauseSegmenter segmenter) {
    List<String> normalised = texts.parallelStream().map(ClauseText::normalise).toList();
    List<List<Token>> tokens =
        normalised.parallelStream().map(text -> Analyzers.tokens(language, text)).toList();
    List<List<String>> terms = tokens.stream().map(Analyzers::terms).toList();
    Vocabulary vocabulary = Vocabulary.of(terms);
    List<Passages> passages =
        IntStream.range(0, texts.size())
            .parallel()
            .mapToObj(i -> Passages.of(normalised.get(i), tokens.get(i), vocabulary, segmenter))
            .toList();
    List<Surface> surfaces = normalised.stream().map(Surface::of).toList();
    // the register is Polish: its words can repair Polish clauses only
    ScanRepair repair = language == Language.PL ? ScanRepair.of(normalised) : ScanRepair.none();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try {
      writeIndex(directory, terms);
      return new LanguageIndex(
          language, vocabulary, passages, surfaces, repair, directory, segmenter);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index cannot fail to build", e);
    }
  }

  private static void writeIndex(ByteBuffersDirectory directory, List<List<String>> terms)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig();
    config.setRAMBufferSizeMB(64);
    config.setMergePolicy(new LogDocMergePolicy());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (List<String> entryTerms : terms) {
        Document document = new Document();
        document.add(new TextField(FIELD, new TermListTokenStream(entryTerms)));
        writer.addDocument(document);
      }
      writer.forceMerge(1);
    }
  }

  /**
   * The query side: a clause normalised, its garbled words repaired, analysed and cut into parts.
   */
  Query query(String clauseText) {
    String clean = repaired(clauseText);
    List<Token> tokens = Analyzers.tokens(language, clean);
    return new Query(
        Analyzers.terms(tokens), Passages.of(clean, tokens, vocabulary, segmenter), clean);
  }

  /** A clause normalised and its garbled words repaired, as it is matched. */
  String repaired(String clauseText) {
    return repair.repair(ClauseText.normalise(clauseText));
  }

  /** Ordinals of the entries that best share the query's terms by BM25, best first. */
  List<Integer> candidates(Query query, int count) {
    BooleanQuery.Builder lucene = new BooleanQuery.Builder();
    int added = 0;
    for (String term : new LinkedHashSet<>(query.terms())) {
      if (added++ == MAX_QUERY_TERMS) {
        break;
      }
      lucene.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      ScoreDoc[] hits = searcher.search(lucene.build(), count).scoreDocs;
      List<Integer> ordinals = new ArrayList<>(hits.length);
      for (ScoreDoc hit : hits) {
        ordinals.add(hit.doc);
      }
      return ordinals;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index cannot fail to search", e);
    }
  }

  double similarity(Query query, int ordinal) {
    return query.passages().similarity(passages.get(ordinal));
  }

  /**
   * How much of a query's characters as written ({@code Surface.of(query.text())}) the entry
   * contains: how many of the query's trigrams are found in the entry's.
   */
  int surfaceContainment(Surface query, int ordinal) {
    return query.containedIn(surfaces.get(ordinal));
  }

  /**
   * How closely the characters of a query ({@code Surface.of(query.text())}) follow the entry's;
   * orders matches of equal similarity.
   */
  double surfaceSimilarity(Surface query, int ordinal) {
    return query.similarity(surfaces.get(ordinal));
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clause prepared for matching. */
  record Query(List<String> terms, Passages passages, String text) {}
}
