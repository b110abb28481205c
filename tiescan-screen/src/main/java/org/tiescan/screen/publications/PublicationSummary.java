package org.tiescan.screen.publications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.report.ExposureText;

/**
 * Counts of a run: works read, screened and flagged, per year and per listed entity, how affiliations
 * were resolved, and the first problems. Works outside the year range are counted, not screened.
 */
public final class PublicationSummary implements WorkSink {
  public static final int MAX_LISTED_PROBLEMS = 20;

  private final List<String> files;
  private long works;
  private long screened;
  private long flagged;
  private long outOfRange;
  private long withoutYear;
  private long problems;
  private long authorships;
  private long affiliations;
  private final Map<String, Long> byMethod = new LinkedHashMap<>();
  private final Map<Integer, long[]> byYear = new TreeMap<>();
  private final Map<String, EntityCount> byEntity = new LinkedHashMap<>();
  private final List<RecordProblem> firstProblems = new ArrayList<>();
  private final Map<String, Long> byDepartment = new TreeMap<>();
  private OurInstitution ours;
  private Duration elapsed = Duration.ZERO;

  /** A listed entity and the number of flagged works leading to it. */
  public record EntityCount(String id, String caption, String listing, long works) {}

  public PublicationSummary(List<String> files) {
    this.files = List.copyOf(files);
  }

  /** Counts flagged works per department of this institution too. */
  public PublicationSummary withInstitution(OurInstitution institution) {
    this.ours = institution;
    return this;
  }

  @Override
  public void accept(ScreenedWork w) {
    works++;
    if (w.work().problem() != null) {
      problems++;
      if (firstProblems.size() < MAX_LISTED_PROBLEMS) firstProblems.add(w.work().problem());
      return;
    }
    screened++;
    authorships += w.work().authors().size();
    for (AffiliationFinding f : w.findings()) {
      affiliations++;
      byMethod.merge(f.resolution().method(), 1L, Long::sum);
    }
    long[] year = byYear.computeIfAbsent(w.work().year() == null ? 0 : w.work().year(), y -> new long[2]);
    year[0]++;
    if (!w.flagged()) return;
    flagged++;
    year[1]++;
    if (ours != null) ours.departments(w).forEach(d -> byDepartment.merge(d, 1L, Long::sum));
    w.entities().forEach((id, h) -> byEntity.merge(id,
        new EntityCount(id, h.result().entity().caption(), ExposureText.listing(h.result().entity().designations()), 1),
        (a, b) -> new EntityCount(a.id(), a.caption(), a.listing(), a.works() + 1)));
  }

  /** A work left out by the year range (or for lacking a year when a range is set). */
  void skipped(boolean noYear) {
    works++;
    if (noYear) withoutYear++;
    else outOfRange++;
  }

  void elapsed(Duration d) {
    this.elapsed = d;
  }

  public List<String> files() { return files; }
  public long works() { return works; }
  public long screened() { return screened; }
  public long flagged() { return flagged; }
  public long outOfRange() { return outOfRange; }
  public long withoutYear() { return withoutYear; }
  public long problems() { return problems; }
  public long authorships() { return authorships; }
  public long affiliations() { return affiliations; }
  public Duration elapsed() { return elapsed; }
  public List<RecordProblem> firstProblems() { return List.copyOf(firstProblems); }

  /** How many affiliations were resolved by each {@link Resolution} method. */
  public Map<String, Long> byMethod() { return Map.copyOf(byMethod); }

  /** Year (0 = no year) → {works screened, works flagged}, in year order. */
  public Map<Integer, long[]> byYear() {
    Map<Integer, long[]> out = new TreeMap<>();
    byYear.forEach((y, c) -> out.put(y, c.clone()));
    return out;
  }

  /** Our departments by flagged works (empty without {@link #withInstitution}), in name order. */
  public Map<String, Long> byDepartment() { return Map.copyOf(new TreeMap<>(byDepartment)); }

  /** Listed entities by the number of flagged works leading to them, most first. */
  public List<EntityCount> byEntity() {
    List<EntityCount> out = new ArrayList<>(byEntity.values());
    out.sort((a, b) -> Long.compare(b.works(), a.works()));
    return out;
  }
}
