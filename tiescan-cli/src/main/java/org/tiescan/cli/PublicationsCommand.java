package org.tiescan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.publications.AffiliationResolver;
import org.tiescan.screen.publications.OrganisationScreener;
import org.tiescan.screen.publications.OurInstitution;
import org.tiescan.screen.publications.PublicationCsv;
import org.tiescan.screen.publications.PublicationHtml;
import org.tiescan.screen.publications.PublicationJsonLines;
import org.tiescan.screen.publications.PublicationScreener;
import org.tiescan.screen.publications.PublicationSummary;
import org.tiescan.screen.publications.RorRegistry;
import org.tiescan.screen.publications.RorStore;
import org.tiescan.screen.publications.ScreenedWork;
import org.tiescan.screen.publications.WorkSink;
import org.tiescan.screen.report.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan publications FILE…}: research collaboration screening of co-authors' affiliations. */
@Command(name = "publications", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Screens the affiliations of every author of every work in FILE… (OpenAlex API pages or snapshot "
        + "JSON lines, Crossref JSON, BibTeX, RIS or Web of Science exports; .gz too) against the loaded lists, "
        + "and reports the flagged works per year and per listed entity.",
        "Each affiliation is resolved to an organisation (the ROR id or OpenAlex institution given, else the raw "
        + "string matched against the ROR dump loaded with `tiescan data load ror`), then the organisation, its ROR "
        + "parents and the raw string's organisation segments are screened; ownership links add exposure hits.",
        "--threshold defaults to 0.8 here (institution names are long and share words)."},
    footer = {"%nExamples:%n  tiescan data load ror v1.63-2025-04-03-ror-data.zip%n"
        + "  tiescan publications works-2015-2025.jsonl.gz --from 2015 --to 2025%n"
        + "  tiescan publications scopus.bib savedrecs.txt --format csv,html -o reports/%n"
        + "  tiescan publications works.jsonl --institution https://ror.org/00a2xv884   (per department of Zhejiang University)%n", ExitCodes.TABLE})
final class PublicationsCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Exports to screen (.json, .jsonl, .bib, .ris, .txt; .gz).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YEAR", description = "First publication year screened (works without a year are then left out).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last publication year screened.")
  Integer to;

  @Option(names = "--institution", paramLabel = "ROR_ID",
      description = "Your institution's ROR id (repeatable): flagged works are also counted per department of its authors.")
  List<String> institution = new ArrayList<>();

  @Option(names = "--ror", paramLabel = "DUMP", description = "ROR v2 dump to use instead of the loaded one.")
  Path ror;

  @Option(names = "--resolve-threshold", paramLabel = "SCORE",
      description = "Score (0..1) at or above which a raw affiliation resolves to a ROR organisation (default: ${DEFAULT-VALUE}).")
  double resolveThreshold = AffiliationResolver.DEFAULT_THRESHOLD;

  @Option(names = "--parent-depth", paramLabel = "N", description = "ROR parent levels screened above an organisation (default: ${DEFAULT-VALUE}).")
  int parentDepth = 3;

  @Mixin ReportOptions reports;

  @Option(names = "--all", description = "JSON lines: every screened work, not only the flagged ones.")
  boolean all;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on the terminal.")
  boolean quiet;

  @Mixin MatchingOptions matching;
  @Mixin ExposureFlags exposure;
  @Mixin DataDirOption dataDir;

  PublicationsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    var options = matching.toOptions(spec.commandLine());
    if (!spec.commandLine().getParseResult().hasMatchedOption("--threshold")) {
      options = new org.tiescan.match.MatchOptions(OrganisationScreener.DEFAULT_THRESHOLD, options.limit(), false);
    }
    if (from != null && to != null && from > to) throw new ParameterException(spec.commandLine(), "--from is after --to");
    if (resolveThreshold < 0 || resolveThreshold > 1) throw new ParameterException(spec.commandLine(), "--resolve-threshold must be between 0 and 1");
    try (Workspace ws = Workspaces.openReady(ctx, dataDir.resolve());
         ReportTargets targets = reports.targets(baseName() + ".publications")) {
      RorRegistry registry = registry();
      OrganisationScreener orgs = new OrganisationScreener(ws.matcher(), options,
          exposure.annotator(ws, spec.commandLine()), registry, parentDepth);
      PublicationScreener screener = new PublicationScreener(new AffiliationResolver(registry, resolveThreshold), orgs, from, to);
      if (!institution.isEmpty()) screener.withInstitution(new OurInstitution(java.util.Set.copyOf(institution), registry));
      List<WorkSink> sinks = sinks(targets);
      PublicationSummary summary = screener.screen(files, fanOut(sinks), progress());
      sinks.forEach(WorkSink::close);
      targets.commit();
      targets.targets().values().stream().filter(p -> p != null).forEach(p -> ctx.err().println("report: " + p));
      if (!quiet) print(targets.targets().containsValue(null) ? ctx.err() : ctx.out(), summary, screener);
      return matching.exitCode(summary.flagged() > 0);
    }
  }

  private RorRegistry registry() {
    try {
      Path dump = ror != null ? ror : new RorStore(dataDir.resolve()).current().orElse(null);
      if (dump == null) {
        if (!quiet) ctx.err().println("ROR: none loaded (`tiescan data load ror DUMP`); raw affiliations are screened as written");
        return RorRegistry.empty();
      }
      RorRegistry r = RorRegistry.load(dump);
      if (!quiet) ctx.err().printf("ROR: %,d organisations from %s%n", r.size(), dump);
      return r;
    } catch (IOException e) {
      throw new DataException("cannot read the ROR dump: " + e.getMessage(), e);
    }
  }

  private List<WorkSink> sinks(ReportTargets targets) {
    List<WorkSink> sinks = new ArrayList<>();
    for (Map.Entry<ReportFormat, Path> t : targets.targets().entrySet()) {
      Writer w = targets.open(t.getKey(), ctx.out());
      sinks.add(switch (t.getKey()) {
        case jsonl -> new PublicationJsonLines(w, all);
        case csv -> new PublicationCsv(w);
        case html -> new PublicationHtml(w, "tiescan publications screening: " + files.get(0).getFileName()
            + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : ""));
      });
    }
    return sinks;
  }

  private static WorkSink fanOut(List<WorkSink> sinks) {
    return new WorkSink() {
      @Override public void accept(ScreenedWork w) { sinks.forEach(s -> s.accept(w)); }
      @Override public void finish(PublicationSummary s) { sinks.forEach(x -> x.finish(s)); }
    };
  }

  private ProgressListener progress() {
    if (quiet) return ProgressListener.NONE;
    return new ProgressBar(ctx.progress(), ctx.terminal(), 10_000_000_000L, System::nanoTime);
  }

  private static void print(PrintWriter out, PublicationSummary s, PublicationScreener screener) {
    double secs = Math.max(1e-9, s.elapsed().toNanos() / 1e9);
    out.printf(Locale.ROOT, "Screened %,d of %,d works (%,d authorships) in %.1f s, %,.0f works/s%n", s.screened(), s.works(),
        s.authorships(), secs, s.works() / secs);
    out.printf(Locale.ROOT, "  flagged:            %,d%n", s.flagged());
    if (s.outOfRange() + s.withoutYear() > 0) {
      out.printf(Locale.ROOT, "  outside years:      %,d (no year: %,d)%n", s.outOfRange(), s.withoutYear());
    }
    out.printf(Locale.ROOT, "  unreadable:         %,d%n", s.problems());
    out.printf(Locale.ROOT, "  affiliations:       %,d (%,d distinct), resolved by %s%n", s.affiliations(),
        screener.resolver().distinct(), s.byMethod());
    s.byYear().forEach((y, c) -> {
      if (c[1] > 0) out.printf(Locale.ROOT, "  %-6s %,8d flagged of %,d%n", y == 0 ? "n/a" : y, c[1], c[0]);
    });
    s.byDepartment().forEach((d, n) -> out.printf(Locale.ROOT, "  department %-40s %,d flagged%n", d, n));
    s.byEntity().stream().limit(10).forEach(e -> out.printf(Locale.ROOT, "  %,6d  %s [%s]%n", e.works(), e.caption(), e.listing()));
    s.firstProblems().forEach(p -> out.println("  problem: " + p));
  }

  private String baseName() {
    String name = files.get(0).getFileName().toString().replaceAll("\\.gz$", "");
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
