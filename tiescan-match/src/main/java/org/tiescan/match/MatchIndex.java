package org.tiescan.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.tiescan.match.score.PreparedName;
import org.tiescan.match.score.TokenRarity;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/**
 * The list entities in a Lucene index, and the {@link Matcher} over it. Retrieval is a cheap
 * disjunction of name tokens (with their translations and expansions), character 3-grams and
 * identifiers, walked over the index's posting lists by {@link TermAtATimeRetriever}, that yields
 * fifty candidates; each candidate is then scored in Java by
 * {@link EntityScorer}, which alone decides the score. Token rarities come from the index's own
 * document frequencies. Thread-safe; close it when done.
 */
public final class MatchIndex implements Matcher, AutoCloseable {
  /**
   * Entries retrieval ranks per query by its score (more when a larger limit is asked): at 1M entities
   * the true entry of 99.3 % of the generated queries is among the first 50 (docs/benchmarks.md, wave 10).
   */
  static final int RANKED = 50;
  /**
   * Candidates scored per query: the {@link #RANKED} re-ranked by how alike their names are to the query's
   * as strings, these first. With the likeness, 25 hold the true entry of every perturbed list name of
   * {@code latin-variants.csv} (all among the first 20) and, at 1M entities, of 99.1 % of the generated
   * queries (98.96 % of the first 25 by retrieval score alone); scoring half as many costs ≈ 12 % less
   * (docs/benchmarks.md, wave 12).
   */
  static final int CANDIDATES = 25;
  /**
   * Prepared candidates kept in memory; the index never changes once open, so they never go stale.
   * Few: at 1M entities 85 % of the candidates of 10,000 queries were prepared once only, and holding
   * 100,000 (≈ 350 MB) cost more in garbage collection than it saved (p99 5.1 → 2.7 ms, batch +12 %
   * with 20,000; docs/benchmarks.md, wave 7); a list of a few thousand entries is held whole.
   */
  static final int CANDIDATE_CACHE = 20_000;
  /**
   * Version of the document layout; an index of another layout must be rebuilt. 7: names in Chinese characters
   * also give the n-grams and sketch of their pinyin written together. 8: pairs of pinyin syllables.
   */
  private static final String FORMAT = "8";
  private static final String FORMAT_KEY = "tiescan.index.format";
  static final double RARITY_FLOOR = 0.15;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final PostingLists postings;
  private final TermAtATimeRetriever retriever;
  /** Null when the vocabulary is too large for it (the edit automaton is used then). */
  private final OneEditSpellings oneEditSpellings;
  private final NameAnalyzer analyzer;
  private final EntityScorer scorer = new EntityScorer();
  /**
   * Every word of the index with its document frequency and rarity, computed when the index opens (the
   * logs cost as much as a lookup) and never changed, so read without locks; a word the index does not
   * have has document frequency 0.
   */
  private final WordStats wordStats;
  /** Prepared candidates by document id (an array: a hash map's lookups cost more than the scoring they save). */
  private final AtomicReferenceArray<Candidate> candidates;
  private final AtomicInteger cached = new AtomicInteger();
  /** The records' tokens, each decoded and prepared once. */
  private final TokenVocabulary tokens;
  /**
   * Stored-field readers not in use, each taken for one read and given back (a reader must not be used
   * by two threads at once): making one per result cloned the segment's inputs and field index, which
   * cost as much as decompressing the document (docs/benchmarks.md, wave 9).
   */
  private final ConcurrentLinkedDeque<StoredFields> storedFields = new ConcurrentLinkedDeque<>();
  private final TokenRarity rarity = this::rarityOf;

  /** Names whose analysis identifies an analyzer version: an index must be read with the analyzer that wrote it. */
  private static final List<String> PROBES = List.of("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Tech Co Ltd",
      "XPCC", "ООО Ромашка", "Société Générale S.A.", "Kashgar Prefecture Public Security Bureau",
      "Haerbin Gongcheng Daxue", "Wulumuqi Shi Gonganju", "Zhejiangsheng Gonganting");
  private static final String FINGERPRINT = "tiescan.analyzer.fingerprint";

  private MatchIndex(Directory directory, NameAnalyzer analyzer) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    Map<String, String> data = reader.getIndexCommit().getUserData();
    String format = data.get(FORMAT_KEY);
    if (format != null && !format.equals(FORMAT)) {
      refuse("has layout " + format + ", this version reads layout " + FORMAT);
    }
    // on the other core while this one reads the lists: the analyzer's check (its first use loads ICU's
    // transliterators) and the spelling index; at 1M entities an open took 2.2–2.5 s with them in turn
    CompletableFuture<OneEditSpellings> spellings = CompletableFuture.supplyAsync(() -> {
      String stored = data.get(FINGERPRINT);
      if (stored != null && !stored.equals(fingerprint(analyzer))) throw new AnalyzerChanged();
      return OneEditSpellings.of(tokenTerms(reader));
    }, MatchIndex::onItsOwnThread);
    this.tokens = TokenVocabulary.read(directory);
    this.searcher = new IndexSearcher(reader);
    this.postings = PostingLists.read(reader);
    this.wordStats = WordStats.of(postings, reader.numDocs(), RARITY_FLOOR);
    this.retriever = new TermAtATimeRetriever(reader, postings);
    this.oneEditSpellings = await(spellings);
    this.analyzer = analyzer;
    this.candidates = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /** Thrown on the opening thread beside the reads: the stored analyzer fingerprint is not this analyzer's. */
  private static final class AnalyzerChanged extends RuntimeException {
    AnalyzerChanged() {
      super(null, null, false, false);
    }
  }

  private static void onItsOwnThread(Runnable task) {
    Thread t = new Thread(task, "tiescan-index-open");
    t.setDaemon(true);
    t.start();
  }

  private OneEditSpellings await(CompletableFuture<OneEditSpellings> spellings) throws IOException {
    try {
      return spellings.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof AnalyzerChanged) {
        refuse("was built with a different name analyzer (its normalisation changed)");
      }
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** Every word of the token field, across segments. */
  private static List<String> tokenTerms(IndexReader reader) {
    List<String> words = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.TOKEN);
      if (terms == null) return words;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) words.add(t.utf8ToString());
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refuse(String why) throws IOException {
    reader.close();
    directory.close();
    throw new IllegalStateException("the match index in " + directory + " " + why + ": rebuild the index");
  }

  /** Writes a new index of {@code entities} into {@code dir} (replacing any index there) and opens it. */
  public static MatchIndex build(Iterator<Entity> entities, Path dir, NameAnalyzer analyzer) throws IOException {
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    write(entities, d, analyzer);
    return new MatchIndex(d, analyzer);
  }

  /** Opens an index written by {@link #build}; {@code analyzer} must be the one it was built with. */
  public static MatchIndex open(Path dir, NameAnalyzer analyzer) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("no match index at " + dir);
    return new MatchIndex(FSDirectory.open(dir), analyzer);
  }

  /** An index held in memory, for tests and small ad-hoc lists. */
  public static MatchIndex inMemory(Iterator<Entity> entities, NameAnalyzer analyzer) {
    try {
      Directory d = new ByteBuffersDirectory();
      write(entities, d, analyzer);
      return new MatchIndex(d, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entities analysed together: enough to keep every core busy, few enough to bound the memory. */
  private static final int BATCH = 512;

  /**
   * Analyses entities on every core, a batch ahead of one thread that adds them to the one
   * IndexWriter in input order, so that the same input always gives the same document ids.
   */
  private static void write(Iterator<Entity> entities, Directory d, NameAnalyzer analyzer) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(256);
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try (IndexWriter writer = new IndexWriter(d, config)) {
      long count = 0;
      TokenVocabulary.Builder vocabulary = new TokenVocabulary.Builder();
      Future<List<Analysed>> next = analyse(nextBatch(entities), analyzer, pool);
      while (next != null) {
        List<Analysed> docs = join(next);
        List<Entity> batch = nextBatch(entities);
        next = batch.isEmpty() ? null : analyse(batch, analyzer, pool);
        for (Analysed a : docs) writer.addDocument(a.withRecord(vocabulary));
        count += docs.size();
      }
      vocabulary.write(d);
      writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, "entities", Long.toString(count),
          FINGERPRINT, fingerprint(analyzer)).entrySet());
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Entity> nextBatch(Iterator<Entity> entities) {
    List<Entity> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && entities.hasNext()) batch.add(entities.next());
    return batch;
  }

  private static Future<List<Analysed>> analyse(List<Entity> batch, NameAnalyzer analyzer, ForkJoinPool pool) {
    return pool.submit(() -> batch.parallelStream().map(e -> document(e, analyzer)).toList());
  }

  /**
   * An entity's document, analysed on any thread, and its scoring record, added on the writer's
   * thread: the record numbers its tokens in the order the writer meets them.
   */
  private record Analysed(Document doc, ScoringRecord record) {
    Document withRecord(TokenVocabulary.Builder vocabulary) {
      doc.add(new BinaryDocValuesField(IndexFields.SCORING, record.encode(vocabulary)));
      return doc;
    }
  }

  private static List<Analysed> join(Future<List<Analysed>> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building the match index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
  }

  private static Analysed document(Entity e, NameAnalyzer analyzer) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, e.id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.SCHEMA, e.schema(), Field.Store.NO));
    Set<String> tokens = new LinkedHashSet<>();
    Set<String> grams = new LinkedHashSet<>();
    Set<String> pinyinPairs = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    long legalForms = 0;
    List<ScoringRecord.Name> names = new ArrayList<>();
    for (String prop : Prop.NAMES) {
      for (String name : e.values(prop)) {
        if (!seen.add(name)) continue;
        AnalyzedName an = analyzer.analyze(name);
        names.add(new ScoringRecord.Name(prop, an));
        legalForms |= IndexFields.legalFormBits(an);
        IndexFields.Spelling spelling = IndexFields.spelling(an);
        for (long sketch : spelling.sketches()) doc.add(new SortedNumericDocValuesField(IndexFields.NAME_SKETCH, sketch));
        tokens.addAll(IndexFields.tokenTerms(an));
        grams.addAll(spelling.grams());
        pinyinPairs.addAll(PinyinSyllables.pairs(PinyinSyllables.of(an)));
      }
    }
    tokens.forEach(t -> doc.add(new StringField(IndexFields.TOKEN, t, Field.Store.NO)));
    doc.add(new NumericDocValuesField(IndexFields.TOKEN_COUNT, tokens.size()));
    doc.add(new NumericDocValuesField(IndexFields.LEGAL_FORMS, legalForms));
    grams.forEach(g -> doc.add(new StringField(IndexFields.GRAM, g, Field.Store.NO)));
    pinyinPairs.forEach(p -> doc.add(new StringField(IndexFields.PINYIN_PAIR, p, Field.Store.NO)));
    Map<String, String> identifiers = Candidate.identifierKeys(e);
    identifiers.keySet().forEach(key -> doc.add(new StringField(IndexFields.IDENTIFIER, key, Field.Store.NO)));
    Set<String> countries = Candidate.countries(e);
    countries.forEach(c -> doc.add(new StringField(IndexFields.COUNTRY, c, Field.Store.NO)));
    doc.add(new BinaryDocValuesField(IndexFields.JSON, new BytesRef(EntityJson.toLine(e))));
    return new Analysed(doc, new ScoringRecord(e.id(), e.schema(), names, identifiers, countries));
  }

  static String fingerprint(NameAnalyzer analyzer) {
    int hash = 1;
    for (String probe : PROBES) {
      hash = 31 * hash + Arrays.hashCode(ScoringRecord.encodeName(new ScoringRecord.Name("", analyzer.analyze(probe))));
    }
    // the probes catch a changed analysis step; a changed knowledge file (a new legal form) may not touch them
    hash = 31 * hash + analyzer.knowledgeVersion().hashCode();
    return Integer.toHexString(hash);
  }

  /** Number of entities in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** Postings retrieval has walked, skipped to and looked up in bit sets since the index opened: its cost, for benchmarks. */
  public String retrievalCost() {
    return retriever.cost();
  }

  /** Postings held in memory for retrieval (4 bytes each), for benchmarks. */
  public long postingsInMemory() {
    return postings.postings();
  }

  /** A pairwise comparer that weighs tokens by this index's rarities, as {@link #match} does. */
  public NameComparer comparer() {
    return new NameComparer(analyzer, rarity);
  }

  @Override
  public List<MatchResult> match(Query query, MatchOptions options) {
    return match(query, options, true);
  }

  /** With {@code useBounds} false every retrieved candidate is aligned: the reference the bounds must agree with. */
  List<MatchResult> match(Query query, MatchOptions options, boolean useBounds) {
    PreparedQuery pq = PreparedQuery.of(query, analyzer, rarity);
    if (pq.names().isEmpty() && pq.identifiers().isEmpty()) return List.of();
    try {
      List<EntityScorer.Scored> scored = scoreBest(pq, retrieve(pq, options), options, useBounds);
      scored.sort(BEST_FIRST);
      List<EntityScorer.Scored> best = scored.subList(0, Math.min(options.limit(), scored.size()));
      Entity[] entities = entities(best);
      List<MatchResult> out = new ArrayList<>(best.size());
      for (int i = 0; i < best.size(); i++) {
        EntityScorer.Scored s = best.get(i);
        out.add(new MatchResult(entities[i], s.score(), s.score() >= options.threshold(), s.explain()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Highest score first; of equal scores, the one whose matched name agrees most with the query's legal forms, then the lowest id. */
  private static final Comparator<EntityScorer.Scored> BEST_FIRST =
      Comparator.comparingDouble((EntityScorer.Scored s) -> -s.score())
          .thenComparingDouble(s -> s.bestName() == null ? 0 : -s.bestName().legalFormAgreement())
          .thenComparing(s -> s.candidate().id());

  /**
   * Ids of the candidates retrieval yields for {@code query} before any scoring, best retrieval score
   * first: what "candidate recall" measures. For benchmarks and diagnostics.
   */
  public List<String> candidateIds(Query query, MatchOptions options) {
    try {
      List<String> ids = new ArrayList<>();
      // the id alone: preparing (and caching) candidates here would warm the cache for the queries measured next
      for (int doc : retrieved(query, options)) ids.add(stored(doc, ID_FIELD, IndexFields.ID));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many candidates retrieval yields for {@code query}, nothing read for them: retrieval's time alone, for benchmarks. */
  public int countRetrieved(Query query, MatchOptions options) {
    try {
      return retrieved(query, options).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents retrieval yields for {@code query}, none for a query with neither names nor identifiers. */
  private int[] retrieved(Query query, MatchOptions options) throws IOException {
    PreparedQuery pq = PreparedQuery.of(query, analyzer, rarity);
    if (pq.names().isEmpty() && pq.identifiers().isEmpty()) return new int[0];
    return retrieve(pq, options);
  }

  private int[] retrieve(PreparedQuery pq, MatchOptions options) throws IOException {
    return retrieve(pq, options, TermAtATimeRetriever.WORTH_PRUNING);
  }

  private int[] retrieve(PreparedQuery pq, MatchOptions options, int worthPruning) throws IOException {
    List<IndexFields.Spelling> spellings = spellings(pq);
    return retriever.top(retrieval(pq, spellings), rankedCount(options), candidateCount(options), legalForms(pq),
        sketches(spellings), worthPruning);
  }

  private static List<IndexFields.Spelling> spellings(PreparedQuery pq) {
    return pq.names().stream().map(n -> IndexFields.spelling(n.analyzed())).toList();
  }

  /** The sketches of the query's names, as retrieval's re-ranking compares them. */
  private static long[] sketches(List<IndexFields.Spelling> spellings) {
    return spellings.stream().flatMapToLong(s -> LongStream.of(s.sketches())).toArray();
  }

  /** The legal forms of the query's names, as retrieval's tie-break reads them. */
  private static long legalForms(PreparedQuery pq) {
    long bits = 0;
    for (PreparedName n : pq.names()) bits |= IndexFields.legalFormBits(n.analyzed());
    return bits;
  }

  private static int candidateCount(MatchOptions options) {
    return Math.max(CANDIDATES, options.limit() * 2);
  }

  /** Entries ranked by retrieval score, before the likeness of their names keeps {@link #candidateCount} of them. */
  private static int rankedCount(MatchOptions options) {
    return Math.max(RANKED, options.limit() * 4);
  }

  /** The documents retrieval yields, pruning lists of {@code worthPruning} postings or more: for tests of the pruning. */
  int[] retrieve(Query query, MatchOptions options, int worthPruning) throws IOException {
    return retrieve(PreparedQuery.of(query, analyzer, rarity), options, worthPruning);
  }

  /**
   * Scores the candidates that can still make the result: in order of their upper bound, stopping
   * when the bound falls below the threshold (unless results below it are asked for) or below the
   * {@code limit}-th best score found so far. Exact: the results are those of scoring every candidate.
   */
  private List<EntityScorer.Scored> scoreBest(PreparedQuery pq, int[] docs, MatchOptions options, boolean useBounds)
      throws IOException {
    double floor = options.includeBelowThreshold() ? Double.NEGATIVE_INFINITY : options.threshold();
    // without bounds every candidate is aligned, so their bounds must be exact for the comparison
    double boundFloor = useBounds ? floor : Double.NEGATIVE_INFINITY;
    List<EntityScorer.Bounded> bounded = new ArrayList<>(docs.length);
    for (Candidate c : candidates(docs)) {
      EntityScorer.Bounded b = scorer.bound(pq, c, boundFloor);
      if (b != null) bounded.add(b);
    }
    bounded.sort(Comparator.comparingDouble((EntityScorer.Bounded b) -> -b.bound()));
    PriorityQueue<Double> topScores = new PriorityQueue<>();
    List<EntityScorer.Scored> scored = new ArrayList<>();
    for (EntityScorer.Bounded b : bounded) {
      double needed = topScores.size() < Math.max(1, options.limit()) ? floor : Math.max(floor, topScores.peek());
      // a candidate that can at most tie the limit-th score may still win on its id: only a lower bound stops
      if (useBounds && b.bound() < needed) break;
      EntityScorer.Scored s = scorer.score(pq, b);
      if (s.score() < floor) continue;
      scored.add(s);
      topScores.add(s.score());
      if (topScores.size() > options.limit()) topScores.poll();
    }
    return scored;
  }

  /**
   * Should-clauses over token forms, identifier keys and, for names with a word the index does not
   * know (a typo, or words written together), character n-grams and fuzzy forms of that word. Lucene's
   * score only ranks candidates.
   */
  private List<TermAtATimeRetriever.Clause> retrieval(PreparedQuery pq, List<IndexFields.Spelling> spellings)
      throws IOException {
    Map<Term, Float> terms = new LinkedHashMap<>();
    Map<String, Float> fuzzy = new LinkedHashMap<>();
    for (int i = 0; i < pq.names().size(); i++) {
      PreparedName n = pq.names().get(i);
      List<NameToken> tokens = n.analyzed().matchTokens();
      for (NameToken t : tokens) {
        float boost = tokenBoost(t);
        terms.merge(new Term(IndexFields.TOKEN, t.text()), boost, Math::max);
        for (String alt : t.alternatives()) terms.merge(new Term(IndexFields.TOKEN, alt), boost, Math::max);
        // a word the index does not know, or knows from a few entries only, may be misspelt (or be
        // the misspelling): its other spellings join the query
        if (spellable(t) && rarelyKnown(t)) fuzzy.merge(t.text(), boost * FUZZY_BOOST, Math::max);
      }
      addJoinedWords(tokens, terms);
      // the n-grams of a long name together weigh about as much as two words, so that they recall
      // typos without drowning the rare words in names that merely share common syllables
      Set<String> grams = spellings.get(i).grams();
      float gramBoost = Math.min(0.15f, 2.0f / Math.max(1, grams.size()));
      for (String g : rarestGrams(grams)) terms.merge(new Term(IndexFields.GRAM, g), gramBoost, Math::max);
      for (String p : PinyinSyllables.pairs(PinyinSyllables.of(n.analyzed()))) {
        terms.merge(new Term(IndexFields.PINYIN_PAIR, p), PINYIN_PAIR_BOOST, Math::max);
      }
    }
    for (String key : pq.identifiers().keySet()) terms.put(new Term(IndexFields.IDENTIFIER, key), 20f);
    List<TermAtATimeRetriever.Clause> clauses = new ArrayList<>();
    int max = IndexSearcher.getMaxClauseCount() - fuzzy.size();
    terms.entrySet().stream().limit(max).forEach(e -> clauses.add(new TermAtATimeRetriever.Clause(e.getKey(), e.getValue())));
    // one typo in a distinctive word: the word's other spellings in the index, as the scorer's fuzzy links would find them
    for (Map.Entry<String, Float> f : fuzzy.entrySet()) clauses.addAll(spellings(f.getKey(), f.getValue()));
    return clauses;
  }

  /**
   * The index's words within one edit of {@code word} (the {@link #FUZZY_EXPANSIONS} closest), each
   * boosted by its closeness, all with the highest document frequency among them: Lucene's own
   * rewrite of a {@link FuzzyQuery}, so that a misspelling rarer than the right word does not outrank
   * it; the words come from {@link OneEditSpellings}, which gives what the rewrite gives, or from the
   * rewrite itself when the vocabulary is too large for that index.
   */
  private List<TermAtATimeRetriever.Clause> spellings(String word, float boost) throws IOException {
    Map<String, Float> expansions = spellingsOf(word);
    int maxDf = 0;
    for (String t : expansions.keySet()) maxDf = Math.max(maxDf, docFreq(t));
    List<TermAtATimeRetriever.Clause> out = new ArrayList<>(expansions.size());
    for (Map.Entry<String, Float> e : expansions.entrySet()) {
      out.add(new TermAtATimeRetriever.Clause(new Term(IndexFields.TOKEN, e.getKey()), boost * e.getValue(), maxDf));
    }
    return out;
  }

  /**
   * The spellings of {@code word} as Lucene's {@link FuzzyQuery} rewrite gives them: what {@link
   * OneEditSpellings} must agree with, and what is used when the vocabulary is too large for it.
   */
  Map<String, Float> fuzzyQuerySpellings(String word) throws IOException {
    org.apache.lucene.search.Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(IndexFields.TOKEN, word), 1, 0,
        FUZZY_EXPANSIONS, true));
    Map<Term, Float> terms = new LinkedHashMap<>();
    collectTerms(rewritten, 1f, terms);
    Map<String, Float> out = new LinkedHashMap<>();
    terms.forEach((t, b) -> out.put(t.text(), b));
    return out;
  }

  /** Whether the spelling index was built (tests: otherwise the comparison with the rewrite proves nothing). */
  boolean hasOneEditSpellings() {
    return oneEditSpellings != null;
  }

  /** The expansions {@link #spellings} weighs: the closest words and their closeness (package-visible for tests). */
  Map<String, Float> spellingsOf(String word) throws IOException {
    return oneEditSpellings != null ? oneEditSpellings.of(word, FUZZY_EXPANSIONS) : fuzzyQuerySpellings(word);
  }

  private static void collectTerms(org.apache.lucene.search.Query q, float boost, Map<Term, Float> out) {
    if (q instanceof BoostQuery bq) {
      collectTerms(bq.getQuery(), boost * bq.getBoost(), out);
    } else if (q instanceof TermQuery tq) {
      out.merge(tq.getTerm(), boost, Math::max);
    } else if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) collectTerms(c.getQuery(), boost, out);
    }
  }

  /**
   * A pair of pinyin syllables weighs twice a distinctive word of the same rarity: the pairs a query shares with an
   * entry say where its syllables stand, which its words (mostly generic translations) do not. At 1M entities the
   * pinyin queries' candidate recall was 0.8755 / 0.9234 / 0.9564 with 0.5 / 1 / 2, typos' 0.9796 / 0.9792 / 0.9791
   * (docs/benchmarks.md, wave 18).
   */
  private static final float PINYIN_PAIR_BOOST = 2.0f;
  /** Grams kept per name: the rarest few, for typos and words written together or apart. */
  static final int GRAMS_KEPT = 4;
  /**
   * The rarest of a name's n-grams. The n-grams of common syllables ("^ob", "ing") are posting lists of
   * a large part of the index, and walking them was most of the retrieval time (docs/benchmarks.md,
   * issue 4); a typo spoils at most three grams, and the rare words and their one-edit spellings do
   * most of the finding, so the 4 rarest in at most 0.5 % of the entries ({@link PostingLists#gramCap})
   * are enough.
   */
  private List<String> rarestGrams(Set<String> grams) {
    // each gram's frequency looked up once (in the sort's comparator it was 2 % of a batch)
    long[] byFreq = new long[grams.size()];
    String[] kept = new String[grams.size()];
    int n = 0;
    for (String g : grams) {
      int freq = gramFreq(g);
      if (freq == 0) continue;
      byFreq[n] = (long) freq << 32 | n;
      kept[n++] = g;
    }
    Arrays.sort(byFreq, 0, n);
    List<String> rarest = new ArrayList<>(Math.min(n, GRAMS_KEPT));
    for (int i = 0; i < Math.min(n, GRAMS_KEPT); i++) rarest.add(kept[(int) byFreq[i]]);
    return rarest;
  }

  /** Entries with the gram; 0 also for a gram too common to be asked for. */
  private int gramFreq(String gram) {
    return postings.docFreq(IndexFields.GRAM, gram);
  }

  /**
   * Two adjacent words written together ("hik vision" → hikvision), when the index knows that word. When
   * the index also knows both words, the joined word weighs a little less than the two together: an entry
   * with both ("AL AMIR BANK") must not fall below the many that have only the rarer joined form ("ALAMIR
   * …"), which it did, out of the candidates, when the joined word weighed by its own rarity.
   */
  private void addJoinedWords(List<NameToken> tokens, Map<Term, Float> terms) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      NameToken a = tokens.get(i);
      NameToken b = tokens.get(i + 1);
      String joined = a.text() + b.text();
      int df = docFreq(joined);
      if (df == 0) continue;
      float boost = (float) rarity.of(joined);
      int dfA = docFreq(a.text());
      int dfB = docFreq(b.text());
      if (dfA > 0 && dfB > 0) {
        float parts = retriever.weight(IndexFields.TOKEN, tokenBoost(a), dfA) + retriever.weight(IndexFields.TOKEN, tokenBoost(b), dfB);
        float whole = retriever.weight(IndexFields.TOKEN, boost, df);
        if (whole > JOINED_SHARE * parts) boost *= JOINED_SHARE * parts / whole;
      }
      terms.merge(new Term(IndexFields.TOKEN, joined), boost, Math::max);
    }
  }

  /** The most a joined word weighs, as a share of the two words it joins. */
  private static final float JOINED_SHARE = 0.9f;

  /**
   * A token's clause boost: rarity again on top of BM25's idf, so that several common words ("public joint
   * stock") do not outweigh the one rare word ("transneft") that names the entity.
   */
  private float tokenBoost(NameToken t) {
    return retrievalBoost(t.kind()) * (float) rarity.of(t.text());
  }

  /** An entry count up to which a word may be a misspelling in the lists themselves. */
  private static final int RARELY = 5;

  /** Whether at most {@link #RARELY} entries of the index have this word, in any of its spellings. */
  private boolean rarelyKnown(NameToken t) {
    int df = docFreq(t.text());
    for (String alt : t.alternatives()) df = Math.max(df, docFreq(alt));
    return df <= RARELY;
  }

  /** A fuzzy clause weighs less than the exact word, so that the exact spelling ranks first. */
  private static final float FUZZY_BOOST = 0.6f;
  private static final int FUZZY_EXPANSIONS = 16;

  private static boolean spellable(NameToken t) {
    if (t.kind() != TokenKind.DISTINCTIVE || t.text().length() < 5) return false;
    for (int i = 0; i < t.text().length(); i++) {
      char ch = t.text().charAt(i);
      if (ch < 'a' || ch > 'z') return false;
    }
    return true;
  }

  private static float retrievalBoost(TokenKind kind) {
    return switch (kind) {
      case DISTINCTIVE -> 1.0f;
      case NUMBER -> 0.5f;
      case PLACE -> 0.3f;
      default -> 0.2f;
    };
  }

  /**
   * The candidates of {@code docs}, in that order: those not in the cache read in ascending document
   * order ({@link AscendingColumn}).
   */
  private Candidate[] candidates(int[] docs) throws IOException {
    Candidate[] out = new Candidate[docs.length];
    long[] byDoc = new long[docs.length];
    int m = 0;
    for (int i = 0; i < docs.length; i++) {
      out[i] = candidates.get(docs[i]);
      if (out[i] == null) byDoc[m++] = docAndPosition(docs[i], i);
    }
    Arrays.sort(byDoc, 0, m);
    AscendingColumn records = new AscendingColumn(IndexFields.SCORING, "scoring record");
    // copies: the column's value is only good until the next read
    BytesRef[] read = new BytesRef[m];
    for (int j = 0; j < m; j++) read[j] = BytesRef.deepCopyOf(records.valueOf(docOf(byDoc[j])));
    ScoringRecord[] decoded = ScoringRecord.decode(read, m, tokens);
    for (int j = 0; j < m; j++) {
      int doc = docOf(byDoc[j]);
      out[positionOf(byDoc[j])] = cache(doc, load(doc, decoded[j]));
    }
    return out;
  }

  /**
   * A binary column every document has, read in ascending document order with one doc-values reader per
   * segment: a reader for each read (cloning its inputs) cost as much as decoding a scoring record, and
   * 0.24–0.41 µs against 0.75–1.14 µs for reading an entity's value (warm).
   */
  private final class AscendingColumn {
    private final String field;
    private final String what;
    private LeafReaderContext leaf;
    private BinaryDocValues values;

    AscendingColumn(String field, String what) {
      this.field = field;
      this.what = what;
    }

    /** The value of document {@code docId}, at or after the document read before. */
    BytesRef valueOf(int docId) throws IOException {
      if (leaf == null || docId >= leaf.docBase + leaf.reader().maxDoc()) {
        List<LeafReaderContext> leaves = reader.leaves();
        leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        values = DocValues.getBinary(leaf.reader(), field);
      }
      return MatchIndex.valueOf(values, docId - leaf.docBase, docId, what);
    }
  }

  private Candidate cache(int docId, Candidate c) {
    if (cached.get() < CANDIDATE_CACHE && candidates.compareAndSet(docId, null, c)) cached.incrementAndGet();
    return c;
  }

  private Candidate load(int docId, ScoringRecord r) {
    List<PreparedName> names = new ArrayList<>(r.names().size());
    List<String> props = new ArrayList<>(r.names().size());
    for (ScoringRecord.Name n : r.names()) {
      names.add(PreparedName.of(n.analyzed(), n.traits(), rarity));
      props.add(n.prop());
    }
    return new Candidate(r.id(), r.schema(), names, props, r.identifiers(), r.countries(), new StoredEntity(docId));
  }

  /** The entity of an index document, read when asked for. */
  private final class StoredEntity implements java.util.function.Supplier<Entity> {
    final int doc;

    StoredEntity(int doc) {
      this.doc = doc;
    }

    @Override
    public Entity get() {
      return entity(doc);
    }
  }

  /** The entities of the results, those stored in the index read in document order, as candidates are. */
  private Entity[] entities(List<EntityScorer.Scored> results) throws IOException {
    Entity[] out = new Entity[results.size()];
    long[] byDoc = new long[results.size()];
    int m = 0;
    for (int i = 0; i < out.length; i++) {
      java.util.function.Supplier<Entity> entity = results.get(i).candidate().entity();
      if (entity instanceof StoredEntity stored) byDoc[m++] = docAndPosition(stored.doc, i);
      else out[i] = entity.get();
    }
    Arrays.sort(byDoc, 0, m);
    AscendingColumn json = new AscendingColumn(IndexFields.JSON, "entity");
    for (int j = 0; j < m; j++) out[positionOf(byDoc[j])] = entity(json, docOf(byDoc[j]));
    return out;
  }

  /** A document and a position in one long: sorting such longs orders the positions by document. */
  private static long docAndPosition(int doc, int position) {
    return (long) doc << 32 | position;
  }

  private static int docOf(long docAndPosition) {
    return (int) (docAndPosition >>> 32);
  }

  private static int positionOf(long docAndPosition) {
    return (int) docAndPosition;
  }

  private static Entity entity(AscendingColumn json, int docId) throws IOException {
    return EntityJson.fromLine(json.valueOf(docId).utf8ToString());
  }

  /** The document's value of a binary column every document has; one without it is of an index to rebuild. */
  private static BytesRef valueOf(BinaryDocValues values, int leafDoc, int docId, String what) throws IOException {
    if (!values.advanceExact(leafDoc)) {
      throw new IllegalStateException("document " + docId + " of the match index has no " + what + ": rebuild the index");
    }
    return values.binaryValue();
  }

  /**
   * The entity indexed under {@code id} (the first, should two share it), read from its stored line; for a
   * caller that needs an entity it holds no other copy of (the ownership graph of a list bundle).
   */
  public Optional<Entity> entityById(String id) {
    try {
      var hits = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      return hits.scoreDocs.length == 0 ? Optional.empty() : Optional.of(entity(hits.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Entity entity(int docId) {
    try {
      return entity(new AscendingColumn(IndexFields.JSON, "entity"), docId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
  private static final Set<String> ID_FIELD = Set.of(IndexFields.ID);

  /** One stored field of a document, read with a pooled reader. */
  private String stored(int docId, Set<String> fields, String field) throws IOException {
    StoredFields reader = storedFields.poll();
    if (reader == null) reader = searcher.storedFields();
    try {
      return reader.document(docId, fields).get(field);
    } finally {
      storedFields.push(reader);
    }
  }

  /** Entries with the word among their name tokens (package-visible for tests). */
  int wordDocFreq(String word) {
    return docFreq(word);
  }

  /** The weight each token term of the query's retrieval adds to an entry that has it (for tests). */
  Map<String, Float> tokenWeights(Query query) throws IOException {
    Map<String, Float> out = new LinkedHashMap<>();
    PreparedQuery pq = PreparedQuery.of(query, analyzer, rarity);
    for (TermAtATimeRetriever.Clause c : retrieval(pq, spellings(pq))) {
      if (c.term().field().equals(IndexFields.TOKEN) && c.docFreq() < 0) {
        out.put(c.term().text(), retriever.weight(IndexFields.TOKEN, c.boost(), docFreq(c.term().text())));
      }
    }
    return out;
  }

  private double rarityOf(String token) {
    return wordStats.rarity(token);
  }

  private int docFreq(String token) {
    return wordStats.docFreq(token);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
