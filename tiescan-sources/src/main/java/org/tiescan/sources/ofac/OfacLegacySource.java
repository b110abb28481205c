package org.tiescan.sources.ofac;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.model.Dataset;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.io.FixedCsv;

/**
 * OFAC's legacy delimited files, the SDN list ({@code sdn.csv, alt.csv, add.csv, sdn_comments.csv})
 * or the non-SDN consolidated list ({@code cons_prim.csv, cons_alt.csv, cons_add.csv,
 * cons_comments.csv}), read from one directory. File names are matched case-insensitively (OFAC
 * serves them upper-case) and may end in {@code .gz}. The primary file is streamed; aliases,
 * addresses and remark continuations are small and are loaded first, keyed by {@code ent_num}.
 * Entity ids: {@code us-ofac-sdn-<ent_num>} / {@code us-ofac-cons-<ent_num>}.
 */
public final class OfacLegacySource implements ListSource {
  static final List<String> PRIMARY = List.of("ent_num", "name", "type", "program", "title", "call_sign",
      "vess_type", "tonnage", "grt", "vess_flag", "vess_owner", "remarks");
  static final List<String> ALT = List.of("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks");
  static final List<String> ADD = List.of("ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks");
  static final List<String> COMMENTS = List.of("ent_num", "remarks_extended");

  /** Which of OFAC's two lists, with its file names and metadata. */
  public enum Variant {
    SDN("us-ofac-sdn", "sdn", "alt", "add", "sdn_comments", new Dataset("us-ofac-sdn",
        "OFAC Specially Designated Nationals and Blocked Persons List (SDN)",
        "U.S. Department of the Treasury, Office of Foreign Assets Control", null,
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
        "US government work, public domain")),
    CONSOLIDATED("us-ofac-cons", "cons_prim", "cons_alt", "cons_add", "cons_comments", new Dataset("us-ofac-cons",
        "OFAC Consolidated Sanctions List (non-SDN lists, incl. NS-CMIC)",
        "U.S. Department of the Treasury, Office of Foreign Assets Control", null,
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV",
        "US government work, public domain"));

    final String prefix;
    final String primary;
    final String alt;
    final String add;
    final String comments;
    final Dataset dataset;

    Variant(String prefix, String primary, String alt, String add, String comments, Dataset dataset) {
      this.prefix = prefix;
      this.primary = primary;
      this.alt = alt;
      this.add = add;
      this.comments = comments;
      this.dataset = dataset;
    }

    public Dataset dataset() {
      return dataset;
    }
  }

  private final Variant variant;
  private final Dataset dataset;

  public OfacLegacySource(Variant variant) {
    this(variant, variant.dataset);
  }

  public OfacLegacySource(Variant variant, Dataset dataset) {
    this.variant = variant;
    this.dataset = dataset;
  }

  /** The variant whose primary file is in {@code directory}, or null. */
  public static Variant detect(Path directory) throws IOException {
    if (find(directory, Variant.SDN.primary) != null) return Variant.SDN;
    if (find(directory, Variant.CONSOLIDATED.primary) != null) return Variant.CONSOLIDATED;
    return null;
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    if (!Files.isDirectory(location)) {
      throw new SourceFormatException(new RecordProblem(location.toString(), 0, null,
          "expected a directory holding OFAC's " + variant.primary + ".csv, " + variant.alt + ".csv and " + variant.add + ".csv"));
    }
    Map<String, List<List<String>>> aliases = group(required(location, variant.alt), ALT, sink);
    Map<String, List<List<String>>> addresses = group(required(location, variant.add), ADD, sink);
    Path commentsFile = find(location, variant.comments);
    Map<String, List<List<String>>> comments = commentsFile == null ? Map.of() : group(commentsFile, COMMENTS, sink);
    OfacEntityMapper mapper = new OfacEntityMapper(variant.prefix, variant == Variant.CONSOLIDATED);
    FixedCsv.read(required(location, variant.primary), PRIMARY, sink, (row, line) -> {
      String entNum = row.get(0).strip();
      if (entNum.isEmpty() || !entNum.chars().allMatch(Character::isDigit)) {
        sink.problem(new RecordProblem(location.resolve(variant.primary + ".csv").toString(), line, "ent_num",
            "not a number: '" + entNum + "'; row skipped"));
        return;
      }
      if (row.get(1).isBlank()) {
        sink.problem(new RecordProblem(location.resolve(variant.primary + ".csv").toString(), line, "name", "empty name; row skipped"));
        return;
      }
      Entity e = mapper.toEntity(row, aliases.getOrDefault(entNum, List.of()),
          addresses.getOrDefault(entNum, List.of()), comments.getOrDefault(entNum, List.of()));
      sink.accept(e);
    });
  }

  private static Map<String, List<List<String>>> group(Path file, List<String> columns, EntitySink sink) throws IOException {
    Map<String, List<List<String>>> byEntity = new HashMap<>();
    FixedCsv.read(file, columns, sink, (row, line) -> byEntity.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>()).add(row));
    return byEntity;
  }

  private Path required(Path dir, String base) throws IOException {
    Path p = find(dir, base);
    if (p == null) {
      throw new SourceFormatException(new RecordProblem(dir.resolve(base + ".csv").toString(), 0, null,
          "missing; OFAC's " + variant.name() + " files are " + variant.primary + ", " + variant.alt + ", "
              + variant.add + " and " + variant.comments + " (.csv)"));
    }
    return p;
  }

  /** {@code base.csv} or {@code base.csv.gz} in any letter case, or null. */
  static Path find(Path dir, String base) throws IOException {
    if (!Files.isDirectory(dir)) return null;
    try (var files = Files.list(dir)) {
      return files.filter(f -> {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.equals(base + ".csv") || n.equals(base + ".csv.gz");
      }).sorted().findFirst().orElse(null);
    }
  }
}
