package org.tiescan.match.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Entity;
import org.tiescan.sources.BundledLists;
import org.tiescan.text.NameAnalyzers;

/**
 * Candidate recall of the index: queries an in-memory index of the bundled lists with the perturbed
 * names of {@code latin-variants.csv} and counts how often the entry the name came from is returned
 * (below the threshold too), at the top score, and as a match.
 *
 * <p>Run from the repository root with the test classpath (see eval/README.md):
 * {@code java -cp ... org.tiescan.match.eval.CandidateRecall data/lists tiescan-match/src/test/resources/eval/latin-variants.csv}
 */
public final class CandidateRecall {
  private CandidateRecall() {}

  public static void main(String[] args) throws Exception {
    List<Entity> entities = new ArrayList<>();
    BundledLists.at(Path.of(args.length > 0 ? args[0] : "data/lists")).readAll(entities::add);
    Path pairs = Path.of(args.length > 1 ? args[1] : "tiescan-match/src/test/resources/eval/latin-variants.csv");
    int queries = 0, returned = 0, atTop = 0, matched = 0;
    try (MatchIndex index = MatchIndex.inMemory(entities.iterator(), NameAnalyzers.standard())) {
      for (Evaluator.Labelled p : Evaluator.read(pairs)) {
        if (!p.positive() || p.source().startsWith("us-dod")) continue;
        String id = p.source().split(" ")[0].replaceFirst(":", "-");
        List<MatchResult> r = index.match(Query.ofName(p.right()), new MatchOptions(MatchOptions.DEFAULT_THRESHOLD, 12, true));
        queries++;
        double best = r.stream().filter(x -> x.entity().id().equals(id)).mapToDouble(MatchResult::score).max().orElse(-1);
        if (best >= 0) returned++;
        if (best >= 0 && best == r.get(0).score()) atTop++;
        if (best >= MatchOptions.DEFAULT_THRESHOLD) matched++;
      }
    }
    System.out.printf(Locale.ROOT, "%d queries: true entry returned %.4f, at the top score %.4f, matched %.4f%n",
        queries, returned / (double) queries, atTop / (double) queries, matched / (double) queries);
  }
}
