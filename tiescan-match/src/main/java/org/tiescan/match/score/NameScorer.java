package org.tiescan.match.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tiescan.text.TokenKind;

/**
 * Scores one prepared name against another: aligns their tokens, then weighs what agrees and what
 * does not. Stateless and thread-safe.
 *
 * <p>The score is built in two parts. The <em>core</em> is the product of the two names' coverage of
 * identifying tokens (distinctive words and numbers; every token when one name has none), each token
 * weighted by kind and rarity: a distinctive token left unmatched on either side costs a lot. The
 * <em>modifier</em> part covers places and generic words; missing ones cost little, contradicting
 * ones (Kashgar vs Aksu on both sides) cost more. See docs/matching.md, "Scoring".
 */
public final class NameScorer {
  static final double SIM_ALTERNATIVE = 0.97;
  /** The similarity of an exact compound (adjacent words written together); public for explanations. */
  public static final double SIM_COMPOUND = 0.97;
  /** Initials of three or more words (SBS ~ Strakhovoi Broker Sberbanka): plausible, never proof. */
  static final double SIM_ACRONYM = 0.8;
  /** Initials of two words (JT ~ JTAG Technologies) coincide far too often to count for much. */
  static final double SIM_SHORT_ACRONYM = 0.6;
  /**
   * A spelling difference weighs more than its share of letters: on unrelated company names, one edit
   * in a five-to-seven-letter word (Lango ~ Tango, Innocom ~ Infocom) was the commonest false match.
   * Fuzzy similarity is the edit ratio raised to this power: 0.8 becomes 0.51, 0.9 stays 0.73.
   */
  static final double FUZZY_STEEPNESS = 3;
  static final double FUZZY_MIN_RATIO = 0.75;
  static final int FUZZY_MIN_LENGTH = 4;
  static final int MAX_COMPOUND = 4;
  /** Least edit ratio of adjacent words written together against one word (hik vision ~ hikvisoin). */
  static final double COMPOUND_MIN_RATIO = 0.85;
  static final double CORE_SHARE = 0.85;
  /** Both names keep identifying words the other lacks (Sevastopol vs Yalta): stronger than a word missing on one side. */
  static final double CONFLICT_FACTOR = 0.85;
  /** Both names name a place the other lacks (Chongqing vs Hangzhou): likely a sister company, not the same one. */
  static final double PLACE_CONFLICT_FACTOR = 0.9;
  /**
   * A Han word the lexicon could not translate, only romanise (民族 → minzu), against a name written in
   * Latin script: its English counterpart is probably there under a translation we do not know, so
   * leaving it unmatched is weaker evidence against the pair than an unmatched Latin word.
   */
  static final double UNTRANSLATED_WEIGHT = 0.5;
  /**
   * An unmatched word of a translation whose other words matched (研究院 "research institute" against
   * "Institute"; 华中 "central china" against "Huazhong"): the word was translated, only more fully
   * than the other name writes it, so its missing part is weak evidence against the pair.
   */
  static final double PARTIAL_TRANSLATION_WEIGHT = 0.25;
  /**
   * A name that is one short letter-only word (the lists' aliases HTC, PCI, SEI, CTR) against a name
   * with more words: "HTC Global Services" is rarely the listed HTC. Three letters coincide across
   * unrelated companies far too often for the short word alone to make a match.
   */
  static final double BARE_SHORT_NAME_FACTOR = 0.75;
  /**
   * A name's own initials in brackets ("Beijing University of Aeronautics and Astronautics (BUAA)"),
   * left unmatched, repeat the name: a trace of weight, so the pair stays just below an identical one.
   */
  static final double OWN_ACRONYM_WEIGHT = 0.05;
  static final int SHORT_NAME_MAX_LETTERS = 3;
  /**
   * A bracketed or comma-appended qualifier one name adds and the other, in another script, leaves out
   * (淮南市科学技术局（淮南市外国专家局）, "China University of Petroleum, Beijing"): weighed like the
   * left-out part of a translation.
   */
  static final double QUALIFIER_WEIGHT = PARTIAL_TRANSLATION_WEIGHT;
  /** Single letters ("e" of "ansar-e", initials) say little about which organisation is meant. */
  static final double SINGLE_LETTER_WEIGHT = 0.2;

  /**
   * Links to try first: the most similar; at equal similarity the one covering more tokens (chao yang ↔
   * chaoyang), then the one covering more identifying tokens: a word translated as two English words links
   * to one of them, and of "guofang" (国防, national defense) against "National University of Defense
   * Technology" that must be the distinctive "defense", not the generic "national" that comes first.
   */
  private static Comparator<Link> strongestFirst(PreparedName q, PreparedName c) {
    return Comparator.comparingDouble((Link l) -> -l.sim())
        .thenComparingInt((Link l) -> -l.span())
        .thenComparingInt((Link l) -> -identifying(q, l.qFrom(), l.qTo()) - identifying(c, l.cFrom(), l.cTo()))
        .thenComparingInt(Link::qFrom)
        .thenComparingInt(Link::cFrom);
  }

  private static int identifying(PreparedName n, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) if (PreparedName.isIdentifying(n.kind(i))) count++;
    return count;
  }

  public NameScore score(PreparedName q, PreparedName c) {
    return score(q, c, false);
  }

  /**
   * @param everyTokenCore count every token as identifying evidence, as for people's names, where
   *     the analyzer's distinctive/generic distinction means nothing
   */
  public NameScore score(PreparedName q, PreparedName c, boolean everyTokenCore) {
    if (q.size() == 0 || c.size() == 0) return NameScore.none(q, c);
    List<Link> links = align(q, c);
    // no word in common is no evidence: the count of words missing on each side must not make a score
    if (links.isEmpty()) return NameScore.none(q, c);
    // numbers alone ("Seventh People's Hospital") do not tell organisations apart: without a distinctive
    // word on both sides every token is core, so that a place conflict (Wenzhou vs Chengdu) decides
    boolean distinctiveMode = !everyTokenCore && q.hasDistinctiveWord() && c.hasDistinctiveWord();
    Tally tq = tally(q, c, links, true, distinctiveMode);
    Tally tc = tally(c, q, links, false, distinctiveMode);
    double core = tq.coverage() * tc.coverage();
    if (tq.identifyingUnmatched > 0 && tc.identifyingUnmatched > 0) core *= CONFLICT_FACTOR;
    if (tq.placeUnmatched > 0 && tc.placeUnmatched > 0) core *= PLACE_CONFLICT_FACTOR;
    double modTotal = tq.modTotal + tc.modTotal;
    double score = core;
    if (modTotal > 0) {
      boolean conflict = tq.modUnmatched > 0 && tc.modUnmatched > 0;
      double penalty = (tq.modMissing + tc.modMissing) * (conflict ? 1.0 : 0.5);
      double modifier = 1.0 - penalty / modTotal;
      score = CORE_SHARE * core + (1 - CORE_SHARE) * modifier;
    }
    if (core == 0) score = Math.min(score, 1 - CORE_SHARE);
    boolean shortAgainstLonger = (isBareShortName(q) && tc.unmatched > 0) || (isBareShortName(c) && tq.unmatched > 0);
    if (shortAgainstLonger) score *= BARE_SHORT_NAME_FACTOR;
    return new NameScore(q, c, clamp(score), core, distinctiveMode, links);
  }

  // ---- alignment ----

  List<Link> align(PreparedName q, PreparedName c) {
    List<Link> all = new ArrayList<>();
    boolean[] qSame = new boolean[q.size()];
    boolean[] cSame = new boolean[c.size()];
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < c.size(); j++) {
        Link l = sameLink(q, i, c, j);
        if (l != null) {
          all.add(l);
          qSame[i] = true;
          cSame[j] = true;
        }
      }
    }
    // a token already equal to one on the other side needs no fuzzy partner: skip the costly edit distances
    for (int i = 0; i < q.size(); i++) {
      if (qSame[i]) continue;
      for (int j = 0; j < c.size(); j++) {
        if (cSame[j]) continue;
        Link l = fuzzyLink(q, i, c, j);
        if (l != null) all.add(l);
      }
    }
    compounds(q, c, false, all);
    compounds(c, q, true, all);
    translatedRuns(q, c, false, all);
    translatedRuns(c, q, true, all);
    expansionRuns(q, c, false, all);
    expansionRuns(c, q, true, all);
    acronyms(q, c, false, all);
    acronyms(c, q, true, all);
    all.sort(strongestFirst(q, c));
    boolean[] qUsed = new boolean[q.size()];
    boolean[] cUsed = new boolean[c.size()];
    List<Link> chosen = new ArrayList<>();
    for (Link l : all) {
      if (free(qUsed, l.qFrom(), l.qTo()) && free(cUsed, l.cFrom(), l.cTo())) {
        mark(qUsed, l.qFrom(), l.qTo());
        mark(cUsed, l.cFrom(), l.cTo());
        chosen.add(l);
      }
    }
    return chosen;
  }

  private static Link sameLink(PreparedName q, int i, PreparedName c, int j) {
    if (q.text(i).equals(c.text(j))) return new Link(i, i + 1, j, j + 1, 1.0, Link.How.EXACT);
    if ((q.formBits(i) & c.formBits(j)) != 0 && sharesForm(q.forms(i), c.forms(j))) {
      return new Link(i, i + 1, j, j + 1, SIM_ALTERNATIVE, Link.How.ALTERNATIVE);
    }
    return null;
  }

  private static Link fuzzyLink(PreparedName q, int i, PreparedName c, int j) {
    String a = q.text(i);
    String b = c.text(j);
    if (q.hasDigit(i) || c.hasDigit(j)) return null;
    int edits = maxEdits(Math.max(a.length(), b.length()));
    // each edit changes at most two members of a token's letter set: a cheap bound that skips most pairs
    if (Long.bitCount(q.letters(i) ^ c.letters(j)) > 2 * edits) return null;
    // and at most six letter pairs (a transposition: three go, three come)
    if (Long.bitCount(q.bigrams(i) ^ c.bigrams(j)) > 6 * edits) return null;
    double ratio = fuzzy(a, b);
    return ratio > 0 ? new Link(i, i + 1, j, j + 1, Math.pow(ratio, FUZZY_STEEPNESS), Link.How.FUZZY) : null;
  }

  static boolean sharesForm(String[] fa, String[] fb) {
    if (fa.length == 1 && fb.length == 1) return false; // texts already compared
    for (String x : fa) {
      for (String y : fb) {
        if (x.equals(y)) return true;
      }
    }
    return false;
  }

  static double fuzzy(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (Math.min(a.length(), b.length()) < FUZZY_MIN_LENGTH) return 0;
    double r = Similarity.editRatio(a, b, maxEdits(longer));
    return r >= FUZZY_MIN_RATIO ? r : 0;
  }

  static int maxEdits(int longer) {
    return longer <= 5 ? 1 : longer <= 10 ? 2 : 3;
  }

  /** Runs of 2..4 adjacent tokens on side {@code run} written as one token (or one form of it) on side {@code one}. */
  private static void compounds(PreparedName run, PreparedName one, boolean swapped, List<Link> out) {
    int longest = 0;
    for (int j = 0; j < one.size(); j++) for (String f : one.compactForms(j)) longest = Math.max(longest, f.length());
    for (int i = 0; i + 1 < run.size(); i++) {
      for (int count = 2; count <= MAX_COMPOUND && i + count <= run.size(); count++) {
        if (run.runLength(i, count) > longest + 2) break;
        String s = run.run(i, count);
        long runLetters = 0;
        boolean runDigit = false;
        for (int k = i; k < i + count; k++) {
          runLetters |= run.letters(k);
          runDigit |= run.hasDigit(k);
        }
        for (int j = 0; j < one.size(); j++) {
          boolean fuzzyOk = !runDigit && !one.hasDigit(j)
              && Long.bitCount(runLetters ^ one.letters(j)) <= 2 * maxEdits(Math.max(s.length(), one.text(j).length()));
          double sim = compoundSim(s, one.text(j), fuzzyOk);
          for (String f : one.compactForms(j)) {
            if (sim < SIM_COMPOUND && f != one.text(j) && f.equals(s)) sim = SIM_COMPOUND;
          }
          if (sim > 0) out.add(swapped ? new Link(j, j + 1, i, i + count, sim, Link.How.COMPOUND)
              : new Link(i, i + count, j, j + 1, sim, Link.How.COMPOUND));
        }
      }
    }
  }

  /**
   * Runs of 2 or more adjacent tokens on side {@code run} that are, each of them, a translation of one token on
   * side {@code one}: the pinyin word gonganju (公安局) against "Public Security Bureau", zizhiqu (自治区) against
   * "Autonomous Region". Linked word by word, the one token took one of the English words and left the others
   * unmatched: "Wulumuqi Shi Gonganju" scored 0.28 against "Urumqi Municipal Public Security Bureau".
   */
  private static void translatedRuns(PreparedName run, PreparedName one, boolean swapped, List<Link> out) {
    for (int j = 0; j < one.size(); j++) {
      String[] forms = one.forms(j);
      // the text and at least two translations, none of them given to a sibling token already: 工业大学 is two
      // tokens (institute, technology), each to link on its own ("Technological University")
      if (forms.length < 3 || hasSibling(one, j)) continue;
      for (int i = 0; i + 1 < run.size(); i++) {
        int count = 0;
        while (i + count < run.size() && isTranslation(run.text(i + count), one.text(j), forms)) count++;
        if (count < 2) continue;
        out.add(swapped ? new Link(j, j + 1, i, i + count, SIM_ALTERNATIVE, Link.How.ALTERNATIVE)
            : new Link(i, i + count, j, j + 1, SIM_ALTERNATIVE, Link.How.ALTERNATIVE));
        i += count - 1;
      }
    }
  }

  /**
   * Runs of tokens on side {@code run} that spell, through their forms and in order, the words of a phrase that
   * is a form of one token on side {@code one}: XUAR, whose expansion is "xinjiang uyghur autonomous region",
   * against "Xinjiang Weiwuer Zizhiqu" (weiwuer is uyghur, zizhiqu autonomous region). The initials of the
   * pinyin words are not those of the acronym, so the acronym link cannot find it.
   */
  private static void expansionRuns(PreparedName run, PreparedName one, boolean swapped, List<Link> out) {
    expansions(run, one, (j, from, to) -> out.add(swapped ? new Link(j, j + 1, from, to, SIM_ALTERNATIVE, Link.How.ALTERNATIVE)
        : new Link(from, to, j, j + 1, SIM_ALTERNATIVE, Link.How.ALTERNATIVE)));
  }

  /** Receives an expansion: token {@code j} of one name, spelt by tokens [{@code from}, {@code to}) of the other. */
  @FunctionalInterface
  interface ExpansionFound {
    void at(int j, int from, int to);
  }

  /** Every run of {@code run} that spells a multi-word form of a token of {@code one} (the link, and its bound). */
  static void expansions(PreparedName run, PreparedName one, ExpansionFound found) {
    for (int j = 0; j < one.size(); j++) {
      for (String[] words : one.phrases(j)) {
        for (int i = 0; i + 1 < run.size(); i++) {
          int end = expansionEnd(run, i, words);
          if (end >= 0) found.at(j, i, end);
        }
      }
    }
  }

  /**
   * Where a run of two or more tokens from {@code i} that spells {@code words} in order ends (each token giving
   * one or more consecutive words through its forms), or -1.
   */
  private static int expansionEnd(PreparedName run, int i, String[] words) {
    int w = 0;
    int k = i;
    while (k < run.size() && w < words.length && hasForm(run.forms(k), words[w])) {
      w++;
      while (w < words.length && hasForm(run.forms(k), words[w])) w++;
      k++;
    }
    return w == words.length && k - i >= 2 ? k : -1;
  }

  private static boolean hasForm(String[] forms, String word) {
    for (String f : forms) if (f.equals(word)) return true;
    return false;
  }

  /** Whether another token of the name comes from the same written word (a translation into several words). */
  private static boolean hasSibling(PreparedName n, int j) {
    String source = n.token(j).source();
    for (int k = 0; k < n.size(); k++) if (k != j && n.token(k).source().equals(source)) return true;
    return false;
  }

  private static boolean isTranslation(String word, String text, String[] forms) {
    return !word.equals(text) && hasForm(forms, word);
  }

  private static double compoundSim(String s, String target, boolean fuzzyOk) {
    if (Math.abs(s.length() - target.length()) > 2) return 0;
    if (s.equals(target)) return SIM_COMPOUND;
    if (!fuzzyOk) return 0;
    double r = fuzzy(s, target);
    return r >= COMPOUND_MIN_RATIO ? r * SIM_COMPOUND : 0;
  }

  /** A short token on side {@code one} equal to the initials of a run of tokens on side {@code run}. */
  private static void acronyms(PreparedName one, PreparedName run, boolean swapped, List<Link> out) {
    for (int j = 0; j < one.size(); j++) {
      String acronym = one.text(j);
      int n = acronym.length();
      if (!one.acronymShaped(j) || run.size() < n || !run.mayHaveInitials(one.letters(j))) continue;
      for (int i = 0; i + n <= run.size(); i++) {
        if (run.initialsAt(i, acronym)) {
          double sim = n == 2 ? SIM_SHORT_ACRONYM : SIM_ACRONYM;
          out.add(swapped ? new Link(i, i + n, j, j + 1, sim, Link.How.ACRONYM)
              : new Link(j, j + 1, i, i + n, sim, Link.How.ACRONYM));
        }
      }
    }
  }

  private static boolean free(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) if (used[i]) return false;
    return true;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) used[i] = true;
  }

  // ---- weighing ----

  /** Weight of a token by kind; in distinctive mode places and generic words are only modifiers. */
  static double kindWeight(TokenKind kind, boolean distinctiveMode) {
    return switch (kind) {
      case DISTINCTIVE -> distinctiveMode ? 1.0 : 1.5;
      case NUMBER -> distinctiveMode ? 0.7 : 1.0;
      case PLACE -> distinctiveMode ? 0.5 : 1.0;
      case GENERIC -> 0.5;
      default -> 0.0;
    };
  }

  static boolean isCore(TokenKind kind, boolean distinctiveMode) {
    return !distinctiveMode || PreparedName.isIdentifying(kind);
  }

  /**
   * Whether unmatched token {@code i} of {@code n} is (a misspelling of) a legal form of the other
   * name, e.g. "Co" or "Compnay" against "JOINT STOCK COMPANY": then it is ignored like a legal form.
   */
  public static boolean echoesLegalForm(PreparedName n, int i, PreparedName other) {
    String t = n.text(i);
    for (String lf : other.legalForms()) {
      if (lf.equals(t) || fuzzy(lf, t) > 0) return true;
    }
    return false;
  }

  static boolean untranslated(PreparedName n, int i, PreparedName other) {
    return "han-latin".equals(n.token(i).via()) && !"Han".equals(other.analyzed().script());
  }

  /**
   * Whether the two names are written in different scripts (汉字 against Latin): then a qualifier is
   * often rendered on one side only. Within one script the lists' own qualifiers ("… Co., Ltd.
   * (Huawei). Affiliated Entity: …", "HOTEL CASA GRANDE - ULCINJ, MONTENEGRO") tell sister entries apart.
   */
  static boolean crossScript(PreparedName n, PreparedName other) {
    return !n.analyzed().script().equals(other.analyzed().script());
  }

  /**
   * Whether token i, when unmatched, may be a qualifier the other name leaves out across scripts (the
   * scorer also needs the main part matched; the bound takes that as given): not a place, which names
   * a branch or campus.
   */
  static boolean mayBeLeftOutQualifier(PreparedName n, int i, PreparedName other) {
    // the scripts first: within one script (most pairs) the qualifiers need not be found
    return crossScript(n, other) && n.kind(i) != TokenKind.PLACE && n.inQualifier(i);
  }

  /** Whether token i, when unmatched, is the country a name in the other script leaves out (and names no other). */
  static boolean mayBeLeftOutCountry(PreparedName n, int i, PreparedName other) {
    return n.isCountry(i) && crossScript(n, other) && !otherNamesCountry(other);
  }

  /** Whether a name names a country: then the other's country word left unmatched is another country. */
  private static boolean otherNamesCountry(PreparedName other) {
    for (int k = 0; k < other.size(); k++) if (other.isCountry(k)) return true;
    return false;
  }

  private static boolean mainPartMatched(PreparedName n, double[] sim) {
    for (int k = 0; k < n.size(); k++) if (sim[k] > 0 && !n.inQualifier(k)) return true;
    return false;
  }

  private static boolean isBareShortName(PreparedName n) {
    return n.size() == 1 && n.text(0).length() <= SHORT_NAME_MAX_LETTERS && PreparedName.isLetters(n.text(0));
  }


  private static Tally tally(PreparedName n, PreparedName other, List<Link> links, boolean querySide, boolean distinctiveMode) {
    double[] sim = new double[n.size()];
    for (Link l : links) {
      int from = querySide ? l.qFrom() : l.cFrom();
      int to = querySide ? l.qTo() : l.cTo();
      for (int i = from; i < to; i++) sim[i] = l.sim();
    }
    Tally t = new Tally();
    java.util.function.IntPredicate matched = k -> sim[k] > 0;
    for (int i = 0; i < n.size(); i++) {
      TokenKind kind = n.kind(i);
      double w = kindWeight(kind, distinctiveMode) * n.rarity(i);
      if (n.text(i).length() == 1) w *= SINGLE_LETTER_WEIGHT;
      if (sim[i] == 0 && (echoesLegalForm(n, i, other) || n.repeats(i, matched))) continue;
      if (sim[i] == 0 && untranslated(n, i, other)) w *= UNTRANSLATED_WEIGHT;
      // 研究院 "research" of "research institute" against "Institute", 省 "province" of 四川省 against "Sichuan";
      // the parent before 附属 "affiliated" is often left out in English (Beijing Chao-Yang Hospital)
      boolean partOfMatchedWord = sim[i] == 0 && (n.partOfMatched(i, matched) || n.inParentPrefix(i));
      if (partOfMatchedWord) w *= PARTIAL_TRANSLATION_WEIGHT;
      // across scripts, a bracketed or comma-appended qualifier left out ("Beijing Chao-Yang Hospital, Capital
      // Medical University" against 北京朝阳医院) costs little while the main part matched; not a place there,
      // which names a branch or campus ("Beijing Institute of Technology, Zhuhai" is another university)
      boolean qualifierLeftOut = sim[i] == 0 && mayBeLeftOutQualifier(n, i, other) && mainPartMatched(n, sim);
      if (qualifierLeftOut) w *= QUALIFIER_WEIGHT;
      // across scripts, the country one side names and the other leaves out (中华人民共和国工业和信息化部 against
      // "Ministry of Industry and Information Technology") says little: every such body is Chinese
      boolean countryLeftOut = sim[i] == 0 && mayBeLeftOutCountry(n, i, other);
      if (countryLeftOut) w *= QUALIFIER_WEIGHT * n.countryShare(i);
      // "… Astronautics (BUAA)": the initials of the name's own words add almost nothing when left unmatched
      boolean ownAcronym = sim[i] == 0 && n.isOwnAcronym(i);
      if (ownAcronym) w *= OWN_ACRONYM_WEIGHT;
      boolean conflicting = sim[i] == 0 && !partOfMatchedWord && !ownAcronym && !qualifierLeftOut && !countryLeftOut;
      if (sim[i] == 0 && w > 0) t.unmatched++;
      if (isCore(kind, distinctiveMode)) {
        t.coreTotal += w;
        // each side gets the square root, so that the product of the two coverages counts a fuzzy pair once
        t.coreMatched += w * Math.sqrt(sim[i]);
        if (conflicting && w > 0 && kind != TokenKind.GENERIC) t.identifyingUnmatched++;
      } else {
        t.modTotal += w;
        t.modMissing += w * (1 - sim[i]);
        if (conflicting) t.modUnmatched++;
        if (conflicting && kind == TokenKind.PLACE) t.placeUnmatched++;
      }
    }
    return t;
  }

  private static final class Tally {
    double coreTotal;
    double coreMatched;
    double modTotal;
    double modMissing;
    int modUnmatched;
    /**
     * Unmatched core tokens other than generic words: a generic word one translation has and the other
     * lacks (Municipal, Science) is no conflict, while two different distinctive words or places are.
     */
    int identifyingUnmatched;
    int placeUnmatched;
    /** Tokens left unmatched (legal forms and echoes of the other name's legal form aside). */
    int unmatched;

    double coverage() {
      return coreTotal == 0 ? 0 : coreMatched / coreTotal;
    }
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }
}
