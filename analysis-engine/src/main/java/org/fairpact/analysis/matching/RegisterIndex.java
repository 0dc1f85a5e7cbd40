package org.fairpact.analysis.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.segmentation.ClauseSegmenter;
import org.fairpact.analysis.verification.RegisterVerification;
import org.fairpact.analysis.verification.Verdict;

/**
 * The register, indexed for finding the entries a clause resembles.
 *
 * <p>Matching runs in two steps. Lucene (BM25 over Stempel-stemmed Polish or Porter-stemmed English
 * terms) retrieves {@link #CANDIDATES} candidate entries; each is then scored with {@link Passages}
 * similarity, which unlike a BM25 score lies in [0, 1] and means the same for every query, so one
 * set of risk thresholds works for short and long clauses alike. Before analysis, words of the
 * clause the register never uses are repaired against the register's own words ({@link ScanRepair}:
 * scanner confusions, lost spaces, unknown inflected endings). Equal similarities are ordered by
 * how closely the clause's characters follow the entry's ({@link Surface}), then by the lower
 * register number, so results are deterministic. The register holds many near-identical entries
 * (one clause of several businesses, or with another amount), and a clause cut short is more like
 * the shortest of them by similarity alone; so the first place goes to the near-best match that
 * contains the most of the clause as written ({@link #FIRST_PLACE_WINDOW}, {@link
 * #FIRST_PLACE_MARGIN}, {@link #FAR_PLACE_WINDOW}, {@link #FAR_PLACE_MARGIN}, {@link
 * Surface#containedIn}). Entries with the same {@link Wording} are each returned as matches of
 * their own (every register number stays evidence), each naming the others in {@link
 * RegisterMatch#sameWording()}.
 *
 * <p>The Polish index is built by {@link #build}; the English one when an English clause is first
 * matched, since the register itself is Polish. Otherwise immutable: {@link #match} may be called
 * from any number of threads. Everything lives in memory. Closing releases Lucene resources; an
 * index swapped out after a register sync may be closed once no analysis uses it any more.
 */
public final class RegisterIndex implements AutoCloseable {

  /** How many BM25 candidates are re-scored per query. */
  static final int CANDIDATES = 50;

  /**
   * Matches this close to the best similarity compete for first place by how much of the clause's
   * characters they contain (chosen with {@code bin/fairpact eval register}: 0.05 / 0.1 / 0.15 /
   * 0.2 gave recall@1 0.964 / 0.969 / 0.968 / 0.967 of reworded clauses with a margin of one
   * trigram, see docs/quality.md).
   */
  static final double FIRST_PLACE_WINDOW = 0.1;

  /**
   * How many more of the clause's character trigrams a match within {@link #FIRST_PLACE_WINDOW}
   * below the one in first place must contain to take it. One is no evidence: a single trigram
   * across a word boundary is what a rotated clause and an entry with a word more at the same place
   * share by chance ("…pozwanego Sądem" and "…pozwanego w Poznaniu" both hold "go "). 1 / 2 / 3
   * gave recall@1 0.9685 / 0.9702 / 0.9693 of reworded clauses (0.9802 / 0.9800 on the 2014
   * export), see docs/quality.md.
   */
  static final int FIRST_PLACE_MARGIN = 2;

  /**
   * Matches less similar than the one in first place by more than {@link #FIRST_PLACE_WINDOW}, but
   * by no more than this, take first place only when they contain clearly more of the clause:
   * {@link #FAR_PLACE_MARGIN} more trigrams. A clause cut from a long entry whose beginning another
   * entry shares (the same clause with a shorter ending, or cut with "(…)") is often more similar
   * to the short one by more than 0.1, while only the long one holds the clause's last words.
   */
  static final double FAR_PLACE_WINDOW = 0.25;

  /**
   * Trigrams more that a match within {@link #FAR_PLACE_WINDOW} must contain. Over every entry of
   * the 2024 export reworded, 4 / 5 / 6 / 8 gave recall@1 0.9733 / 0.9733 / 0.9734 / 0.9734 (0.9700
   * with the near window alone); on the 2014 export 0.9799 / 0.9798 / 0.9798 / 0.9797 (0.9769).
   */
  static final int FAR_PLACE_MARGIN = 6;

  /**
   * Below this best similarity the first place is left to similarity: such a clause resembles no
   * entry (evidence starts at 0.55), and comparing its trigrams with every candidate, which are all
   * close together down there, is where matching an English clause against the Polish register
   * spent its time. Floors 0.2 / 0.3 / 0.4 left recall@1 over every entry of the 2024 export at
   * 0.9734 / 0.9733 / 0.9730 (exploration harness, docs/quality.md).
   */
  static final double FIRST_PLACE_FLOOR = 0.3;

  private static final Logger LOG = Logger.getLogger(RegisterIndex.class.getName());

  private final List<RegisterEntry> entries;
  private final Map<Integer, RegisterEntry> byNumber;
  private final List<String> wordings;
  private final Map<String, List<Integer>> byWording;
  private final Map<Language, LanguageIndex> languages = new EnumMap<>(Language.class);
  private final ClauseSegmenter segmenter = new ClauseSegmenter();
  private final RegisterVerification verification;

  private RegisterIndex(List<RegisterEntry> entries, Optional<RegisterIndex> previous) {
    this.entries = List.copyOf(entries);
    this.verification =
        RegisterVerification.build(
            this.entries.stream().map(e -> ClauseText.normalise(e.clauseText())).toList(),
            previous.map(p -> p.verification));
    Map<Integer, RegisterEntry> numbers = new HashMap<>();
    entries.forEach(entry -> numbers.put(entry.registerNumber(), entry));
    this.byNumber = Map.copyOf(numbers);
    this.wordings = this.entries.stream().map(e -> Wording.of(e.clauseText())).toList();
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      groups
          .computeIfAbsent(wordings.get(i), k -> new ArrayList<>())
          .add(this.entries.get(i).registerNumber());
    }
    groups.values().forEach(Collections::sort);
    this.byWording = Map.copyOf(groups);
  }

  /**
   * Indexes register entries. Entries without clause text cannot match and are left out.
   *
   * @throws IllegalArgumentException if two entries share a register number
   */
  public static RegisterIndex build(Collection<RegisterEntry> entries) {
    return build(entries, Optional.empty());
  }

  /**
   * Indexes register entries again after a change, reusing what the previous index of the register
   * already lemmatised for verification (the entries a sync did not change).
   *
   * @throws IllegalArgumentException if two entries share a register number
   */
  public static RegisterIndex build(
      Collection<RegisterEntry> entries, Optional<RegisterIndex> previous) {
    long started = System.nanoTime();
    List<RegisterEntry> indexed = new ArrayList<>();
    Map<Integer, RegisterEntry> seen = new HashMap<>();
    for (RegisterEntry entry : entries) {
      if (seen.put(entry.registerNumber(), entry) != null) {
        throw new IllegalArgumentException("duplicate register number " + entry.registerNumber());
      }
      if (entry.clauseText().isBlank()) {
        LOG.log(Level.WARNING, "register entry {0} has no clause text", entry.registerNumber());
      } else {
        indexed.add(entry);
      }
    }
    RegisterIndex index = new RegisterIndex(indexed, previous);
    index.language(Language.PL);
    LOG.log(
        Level.INFO,
        "register index of {0} entries built in {1} ms",
        new Object[] {indexed.size(), (System.nanoTime() - started) / 1_000_000});
    return index;
  }

  /** Number of entries indexed. */
  public int size() {
    return entries.size();
  }

  /**
   * Verifies a clause against the register by lemmas, synonyms and the trained pair verifier
   * ({@link RegisterVerification}); Polish only, since the register is Polish.
   */
  public Optional<Verdict> verify(String clauseText, Language lang) {
    if (lang != Language.PL || clauseText == null || clauseText.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(verification.verify(ClauseText.normalise(clauseText)));
  }

  /**
   * Verified candidates as register matches, in the given order, one per wording: each with its
   * similarity (as {@link #match} computes it) and the verifier's probability.
   */
  public List<RegisterMatch> matchesOf(
      String clauseText, List<Verdict.Verified> verified, Language lang, int limit) {
    LanguageIndex index = language(lang);
    LanguageIndex.Query query = index.query(clauseText);
    List<RegisterMatch> matches = new ArrayList<>();
    Set<String> wordingsTaken = new HashSet<>();
    for (Verdict.Verified v : verified) {
      if (matches.size() >= limit) {
        break;
      }
      String wording = wordings.get(v.ordinal());
      if (!wordingsTaken.add(wording)) {
        continue;
      }
      RegisterEntry entry = entries.get(v.ordinal());
      List<Integer> siblings = new ArrayList<>(byWording.get(wording));
      siblings.remove(Integer.valueOf(entry.registerNumber()));
      double similarity =
          query.terms().isEmpty()
              ? 0
              : Math.min(1, Math.max(0, index.similarity(query, v.ordinal())));
      matches.add(
          new RegisterMatch(entry.registerNumber(), similarity, entry.clauseText(), siblings)
              .withVerified(v.probability()));
    }
    return List.copyOf(matches);
  }

  /** The indexed entry with the given register number. */
  public Optional<RegisterEntry> entry(int registerNumber) {
    return Optional.ofNullable(byNumber.get(registerNumber));
  }

  /**
   * The register entries most similar to a clause, best first: by similarity, except that the first
   * place goes to the match within {@link #FAR_PLACE_WINDOW} of the best that contains clearly the
   * most of the clause as written (the entry the clause was copied from, where several entries are
   * near-identical); equal similarities are ordered by their surface.
   *
   * @param clauseText the clause as it stands in the contract
   * @param lang the clause's language, which picks the stemmer
   * @param limit maximal number of matches
   * @return up to {@code limit} matches with similarity above zero
   */
  public List<RegisterMatch> match(String clauseText, Language lang, int limit) {
    return matches(ranked(clauseText, lang, limit), limit, false);
  }

  /**
   * As {@link #match}, but one match per wording: an entry with the same wording as a match before
   * it is left out (it is named in that match's {@link RegisterMatch#sameWording()}), so the
   * matches are as many different clauses. The first match is {@link #match}'s first. For evidence:
   * the register publishes one clause under many numbers, which would otherwise fill every place.
   */
  public List<RegisterMatch> matchWordings(String clauseText, Language lang, int limit) {
    return matches(ranked(clauseText, lang, limit), limit, true);
  }

  private List<Scored> ranked(String clauseText, Language lang, int limit) {
    Objects.requireNonNull(lang, "lang");
    if (limit <= 0 || clauseText == null || clauseText.isBlank()) {
      return List.of();
    }
    LanguageIndex index = language(lang);
    LanguageIndex.Query query = index.query(clauseText);
    if (query.terms().isEmpty()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (int ordinal : index.candidates(query, CANDIDATES)) {
      double similarity = index.similarity(query, ordinal);
      if (similarity > 0) {
        scored.add(new Scored(ordinal, similarity, 0));
      }
    }
    scored.sort(BY_SIMILARITY.thenComparingInt(s -> entries.get(s.ordinal()).registerNumber()));
    if (scored.size() > 1) {
      Surface surface = Surface.of(query.text());
      orderTiesBySurface(index, surface, scored, limit);
      if (scored.get(0).similarity() >= FIRST_PLACE_FLOOR) {
        preferTheMostContaining(index, surface, scored);
      }
    }
    return scored;
  }

  private List<RegisterMatch> matches(List<Scored> scored, int limit, boolean oneForEachWording) {
    List<RegisterMatch> matches = new ArrayList<>();
    Set<String> wordingsTaken = new HashSet<>();
    for (int i = 0; i < scored.size() && matches.size() < limit; i++) {
      Scored candidate = scored.get(i);
      String wording = wordings.get(candidate.ordinal());
      if (oneForEachWording && !wordingsTaken.add(wording)) {
        continue;
      }
      RegisterEntry entry = entries.get(candidate.ordinal());
      List<Integer> siblings = new ArrayList<>(byWording.get(wording));
      siblings.remove(Integer.valueOf(entry.registerNumber()));
      matches.add(
          new RegisterMatch(
              entry.registerNumber(), candidate.similarity(), entry.clauseText(), siblings));
    }
    return List.copyOf(matches);
  }

  /**
   * Reorders runs of equal similarity that reach into the first {@code limit} by surface similarity
   * (higher first), keeping register number order among equal surfaces. Ties are rare, so the
   * surfaces are compared only for them.
   */
  private static void orderTiesBySurface(
      LanguageIndex index, Surface clause, List<Scored> scored, int limit) {
    int start = 0;
    while (start < Math.min(limit, scored.size())) {
      int end = start + 1;
      while (end < scored.size()
          && scored.get(end).similarity() == scored.get(start).similarity()) {
        end++;
      }
      if (end - start > 1) {
        List<Scored> run = scored.subList(start, end);
        run.replaceAll(
            s ->
                new Scored(
                    s.ordinal(), s.similarity(), index.surfaceSimilarity(clause, s.ordinal())));
        run.sort(Comparator.comparingDouble(Scored::surface).reversed());
      }
      start = end;
    }
  }

  /**
   * Puts first, among the matches within {@link #FAR_PLACE_WINDOW} of the best similarity, the one
   * that contains the most of the clause's characters as written ({@link
   * LanguageIndex#surfaceContainment}); a match takes first place from a more similar one only when
   * it contains at least {@link #FIRST_PLACE_MARGIN} more of the clause's trigrams, or {@link
   * #FAR_PLACE_MARGIN} more when it is less similar by over {@link #FIRST_PLACE_WINDOW}. Only for
   * clauses whose best similarity reaches {@link #FIRST_PLACE_FLOOR}. A clause cut from an entry is
   * contained in it whole, whereas a shorter sibling with another amount, name or ending lacks
   * those characters.
   */
  private static void preferTheMostContaining(
      LanguageIndex index, Surface clause, List<Scored> scored) {
    double floor = scored.get(0).similarity() - FAR_PLACE_WINDOW;
    int best = 0;
    int bestContained = index.surfaceContainment(clause, scored.get(0).ordinal());
    for (int i = 1; i < scored.size() && scored.get(i).similarity() >= floor; i++) {
      double gap = scored.get(best).similarity() - scored.get(i).similarity();
      int margin = gap <= FIRST_PLACE_WINDOW ? FIRST_PLACE_MARGIN : FAR_PLACE_MARGIN;
      int contained = index.surfaceContainment(clause, scored.get(i).ordinal());
      if (contained >= bestContained + margin) {
        best = i;
        bestContained = contained;
      }
    }
    if (best > 0) {
      scored.add(0, scored.remove(best));
    }
  }

  private static final Comparator<Scored> BY_SIMILARITY =
      Comparator.comparingDouble(Scored::similarity).reversed();

  /** A candidate entry with its similarity and, to order equal similarities, its surface's. */
  private record Scored(int ordinal, double similarity, double surface) {}

  /**
   * The wording a clause shares with each of its matched entries: the entry's passages of two or
   * more words the clause has too, in order, in any inflection (stop words aside, garbled words
   * repaired as for matching), in the entry's order and as the entry writes them. For evidence, so
   * computed only on request, not for every match; the clause is analysed once for all matches.
   *
   * @param clauseText the clause as it stands in the contract
   * @param matches matches of that clause
   * @param lang the language the clause was matched in
   * @return the matches in their order, each with at most {@link SharedWording#MAX_PASSAGES}
   *     passages
   */
  public List<RegisterMatch> withSharedWording(
      String clauseText, List<RegisterMatch> matches, Language lang) {
    if (matches.isEmpty()) {
      return List.of();
    }
    List<String> clauseTerms = SharedWording.terms(lang, language(lang).repaired(clauseText));
    return matches.stream()
        .map(
            match ->
                match.withSharedWording(
                    SharedWording.of(lang, clauseTerms, ClauseText.normalise(match.matchedText()))))
        .toList();
  }

  private LanguageIndex language(Language language) {
    synchronized (languages) {
      return languages.computeIfAbsent(
          language,
          lang ->
              LanguageIndex.build(
                  lang, entries.stream().map(RegisterEntry::clauseText).toList(), segmenter));
    }
  }

  @Override
  public void close() {
    synchronized (languages) {
      languages.values().forEach(LanguageIndex::close);
      languages.clear();
    }
  }
}
