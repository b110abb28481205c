package org.tiescan.screen.publications;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.ScreeningSummary;

/**
 * Streams the works of one or more exports through resolution and screening, in file order, and
 * hands each screened work to a sink. Files are parsed on a second thread ({@link WorkPipe}), so
 * parsing and screening use both cores. Works outside the year range are counted and left out.
 * Memory stays flat: nothing but the caches of distinct affiliations and organisations grows.
 */
public final class PublicationScreener {
  private final AffiliationResolver resolver;
  private final OrganisationScreener organisations;
  private final Integer from;
  private final Integer to;
  private OurInstitution ours;

  /**
   * @param from first year kept (inclusive), or null
   * @param to last year kept (inclusive), or null
   */
  public PublicationScreener(AffiliationResolver resolver, OrganisationScreener organisations, Integer from, Integer to) {
    this.resolver = resolver;
    this.organisations = organisations;
    this.from = from;
    this.to = to;
  }

  /**
   * Screens every work of {@code files}.
   *
   * @throws org.tiescan.screen.input.InputException when a file cannot be read (works before it were handed on)
   */
  public PublicationSummary screen(List<Path> files, WorkSink sink, ProgressListener progress) {
    long start = System.nanoTime();
    PublicationSummary summary = new PublicationSummary(files.stream().map(Path::toString).toList()).withInstitution(ours);
    WorkPipe pipe = WorkPipe.start(files);
    for (WorkPipe.Item item = pipe.take(); item.work() != null; item = pipe.take()) {
      Work w = item.work();
      if (!inRange(w)) {
        summary.skipped(w.year() == null);
        continue;
      }
      ScreenedWork s = screen(w);
      summary.accept(s);
      sink.accept(s);
      if ((summary.works() & 0xff) == 0) progress.progress(summary.works(), item.fraction());
    }
    summary.elapsed(Duration.ofNanos(System.nanoTime() - start));
    sink.finish(summary);
    progress.finished(new ScreeningSummary(String.join(", ", summary.files()), summary.works(), summary.screened(),
        summary.flagged(), summary.problems(), summary.firstProblems(), summary.elapsed()));
    return summary;
  }

  private boolean inRange(Work w) {
    if (w.problem() != null || (from == null && to == null)) return true;
    if (w.year() == null) return false;
    return (from == null || w.year() >= from) && (to == null || w.year() <= to);
  }

  /** One work: every affiliation of every author resolved and screened. */
  public ScreenedWork screen(Work w) {
    if (w.problem() != null) return new ScreenedWork(w, List.of());
    List<AffiliationFinding> findings = new ArrayList<>();
    for (Author a : w.authors()) {
      for (Affiliation af : a.affiliations()) {
        Resolution r = resolver.resolve(af);
        findings.add(new AffiliationFinding(a, af, r, organisations.screen(r)));
      }
    }
    return new ScreenedWork(w, findings);
  }

  /** Counts flagged works per department of this institution as well. */
  public PublicationScreener withInstitution(OurInstitution institution) {
    this.ours = institution;
    return this;
  }

  public AffiliationResolver resolver() {
    return resolver;
  }

  public OrganisationScreener organisations() {
    return organisations;
  }
}
