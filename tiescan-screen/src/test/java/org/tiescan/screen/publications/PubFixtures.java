package org.tiescan.screen.publications;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.model.Entity;
import org.tiescan.sources.ListSources;
import org.tiescan.sources.EntitySink;
import org.tiescan.text.NameAnalyzers;

/** The publication fixtures (see src/test/resources/publications/README.md) and a screener over real list rows. */
final class PubFixtures {
  static final Path DIR = Path.of("src/test/resources/publications").toAbsolutePath();
  private static RorRegistry ror;
  private static MatchIndex lists;

  private PubFixtures() {}

  static Path file(String name) {
    return DIR.resolve(name);
  }

  static synchronized RorRegistry ror() throws Exception {
    if (ror == null) ror = RorRegistry.load(file("ror-v2-cn-sample.jsonl"));
    return ror;
  }

  /** The CSL slice and the §1286 list, read by their real readers, in an in-memory match index. */
  static synchronized MatchIndex lists() throws Exception {
    if (lists != null) return lists;
    List<Entity> entities = new ArrayList<>();
    EntitySink sink = entities::add;
    ListSources.forName("us-csl", file("csl-slice.csv")).read(file("csl-slice.csv"), sink);
    ListSources.forName("us-ndaa-1286", file("section_1286.csv")).read(file("section_1286.csv"), sink);
    lists = MatchIndex.inMemory(entities.iterator(), NameAnalyzers.standard());
    return lists;
  }

  static PublicationScreener screener(Integer from, Integer to) throws Exception {
    AffiliationResolver resolver = new AffiliationResolver(ror(), AffiliationResolver.DEFAULT_THRESHOLD);
    OrganisationScreener orgs = new OrganisationScreener(lists(), MatchOptions.defaults(), null, ror(), 3);
    return new PublicationScreener(resolver, orgs, from, to);
  }

  /** Every screened work of one file. */
  static List<ScreenedWork> screen(String name, Integer from, Integer to) throws Exception {
    List<ScreenedWork> out = new ArrayList<>();
    screener(from, to).screen(List.of(file(name)), out::add, org.tiescan.screen.ProgressListener.NONE);
    return out;
  }
}
