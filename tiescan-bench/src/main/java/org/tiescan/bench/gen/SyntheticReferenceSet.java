package org.tiescan.bench.gen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * Writes a large SYNTHETIC reference set as FtM JSON lines, made from real names: every real name
 * once as it is, then recombinations (the first words of one real name with the last words of
 * another) and perturbations of them, so the token statistics stay those of real organisation
 * names. Entities are written one by one and never held in memory. Every {@code queryEvery}-th
 * entity also yields a labelled query (a {@link NameVariants} perturbation of its name, truth = its id).
 * Names in Chinese characters among the seeds are recombined with each other, character by character, and
 * make {@link #HAN_SHARE} of the recombined entities; their queries are the name itself, its pinyin or its
 * traditional characters. The entities are not real list entries: ids start with {@code synthetic-}.
 */
public final class SyntheticReferenceSet {
  /**
   * The share of recombined entities named in Chinese characters: lists of this tool's subject name many
   * Chinese organisations, and a supplier master may hold them in either script.
   */
  static final double HAN_SHARE = 0.05;
  private final List<QueryCase> seeds;
  private final List<QueryCase> hanSeeds;
  private final NameVariants variants;
  private final Random random;

  /** @param seeds real names with a country each (e.g. list names, OUI registrants, ROR's Chinese names) */
  public SyntheticReferenceSet(List<QueryCase> seeds, long seed) {
    if (seeds.isEmpty()) throw new IllegalArgumentException("no seed names");
    this.seeds = seeds;
    this.hanSeeds = seeds.stream().filter(q -> NameVariants.isHan(q.name())).toList();
    this.variants = new NameVariants(seed);
    this.random = new Random(seed + 7);
  }

  /** Writes {@code size} entities to {@code out}; returns one labelled query per {@code queryEvery} entities. */
  public List<QueryCase> write(int size, Path out, int queryEvery) throws IOException {
    List<QueryCase> queries = new ArrayList<>();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < size; i++) {
        Entity e = entity(i);
        w.write(EntityJson.toLine(e));
        w.write('\n');
        if (i % queryEvery == 0) {
          NameVariants.Kind kind = variants.randomKind(e.names().get(0));
          queries.add(new QueryCase(variants.apply(kind, e.names().get(0)), "", e.id(), kind.name()));
        }
      }
    }
    return queries;
  }

  private Entity entity(int i) {
    boolean han = i >= seeds.size() && !hanSeeds.isEmpty() && random.nextDouble() < HAN_SHARE;
    QueryCase base = han ? hanSeeds.get(random.nextInt(hanSeeds.size()))
        : seeds.get(i < seeds.size() ? i : random.nextInt(seeds.size()));
    String name = i < seeds.size() ? base.name() : han ? recombinedHan(base.name()) : recombined(base.name());
    Entity.Builder b = Entity.builder("synthetic-" + i, Schema.COMPANY).add(Prop.NAME, name);
    if (random.nextInt(3) == 0) b.add(Prop.ALIAS, variants.apply(variants.randomKind(name), name));
    if (!base.country().isEmpty()) b.add(Prop.COUNTRY, base.country());
    return b.dataset("synthetic").build();
  }

  /** The first half of a name in Chinese characters with the second half of another ("杭州海康" + "科技有限公司"). */
  private String recombinedHan(String name) {
    String tail = hanSeeds.get(random.nextInt(hanSeeds.size())).name();
    int[] head = name.codePoints().toArray();
    int[] rest = tail.codePoints().toArray();
    int h = Math.max(1, (head.length + 1) / 2);
    return new String(head, 0, h) + new String(rest, rest.length / 2, rest.length - rest.length / 2);
  }

  private String recombined(String name) {
    String[] head = name.split("\\s+");
    String[] tail = seeds.get(random.nextInt(seeds.size())).name().split("\\s+");
    int h = Math.max(1, (head.length + 1) / 2);
    int t = tail.length / 2;
    StringBuilder out = new StringBuilder(String.join(" ", java.util.Arrays.copyOfRange(head, 0, h)));
    for (int k = t; k < tail.length; k++) out.append(' ').append(tail[k]);
    return out.toString();
  }
}
