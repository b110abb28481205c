package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Designation;
import org.tiescan.screen.Countries;
import org.tiescan.screen.Screener;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.screen.HitContext;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.report.ExposureText;
import org.tiescan.graph.ExposureHit;
import org.tiescan.graph.ExposurePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan match "NAME"}: screens one name, as {@code screen} does for each record of a file. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Screens one name (and optional country and identifiers) against the loaded lists.",
    footer = {"%nExamples:%n  tiescan match \"Hangzhou Hikvision Digital Technology\" --country CN%n"
        + "  tiescan match \"megvii\" --json%n  tiescan match \"HERO II\" --schema Vessel%n", ExitCodes.TABLE})
final class MatchCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name to screen, in any script.")
  String name;

  @Option(names = "--country", paramLabel = "CC", description = "Country: ISO code or name, e.g. CN, China, 中国 (repeatable).")
  List<String> countries = new ArrayList<>();

  @Option(names = "--identifier", paramLabel = "ID",
      description = "An identifier: LEI, USCC, ISIN, ticker, registration number (repeatable).")
  List<String> identifiers = new ArrayList<>();

  @Option(names = "--json", description = "Print the results as one JSON object, as in screening's JSON lines.")
  boolean json;

  @Mixin SchemaOption schema;
  @Mixin MatchingOptions matching;
  @Mixin ExposureFlags exposure;
  @Mixin DataDirOption dataDir;

  MatchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (name.isBlank() && identifiers.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "NAME is empty");
    }
    String asked = schema.schema(spec.commandLine());
    var options = matching.toOptions(spec.commandLine());
    Query query = new Query(asked, name.isBlank() ? List.of() : List.of(name.strip()),
        countries.stream().map(MatchCommand::country).toList(), identifiers);
    ScreenedRecord screened;
    try (Workspace ws = Workspaces.openReady(ctx, dataDir.resolve())) {
      var graph = exposure.annotator(ws, spec.commandLine());
      screened = new Screener(ws.matcher(), options, 1, graph).screenQuery(null, query);
    }
    if (json) printJson(query, screened);
    else printText(screened);
    return matching.exitCode(screened.hit());
  }

  /** An ISO code for what the user typed ("CN", "China", "中国"); unknown text is passed on as typed. */
  private static String country(String text) {
    String code = Countries.code(text);
    return code != null ? code : text.strip().toLowerCase(Locale.ROOT);
  }

  private void printJson(Query q, ScreenedRecord screened) throws JsonProcessingException {
    ObjectNode o = ResultJson.mapper().createObjectNode();
    ObjectNode query = o.putObject("query");
    query.put("schema", q.schema());
    q.names().forEach(query.withArray("names")::add);
    q.countries().forEach(query.withArray("countries")::add);
    q.identifiers().forEach(query.withArray("identifiers")::add);
    var results = o.putArray("results");
    screened.results().forEach(m -> results.add(ResultJson.result(m, screened.context(m))));
    ctx.out().println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
  }

  private void printText(ScreenedRecord screened) {
    List<MatchResult> results = screened.results();
    if (results.isEmpty()) {
      ctx.out().printf(Locale.ROOT, "No match for \"%s\" at threshold %.2f.%n", name, matching.threshold);
      return;
    }
    for (MatchResult m : results) {
      ctx.out().printf(Locale.ROOT, "%.3f  %s  [%s] %s%n", m.score(), m.entity().caption(), m.entity().schema(),
          m.entity().id());
      Explanation x = m.explanation();
      if (x != null && x.summary() != null) ctx.out().println("       why: " + x.summary());
      for (Designation d : m.entity().designations()) {
        ctx.out().println("       " + designation(d));
      }
      printContext(screened.context(m));
    }
  }

  private void printContext(HitContext c) {
    if (c == null) return;
    ctx.out().println("       basis: " + ExposureText.basis(c));
    c.sameAs().forEach(s -> ctx.out().println("       same organisation as: " + s.entity().caption() + " "
        + s.entity().id()));
    for (ExposureHit h : c.exposure().hits()) {
      for (ExposurePath p : h.paths()) {
        ctx.out().println("       exposure: " + ExposureText.path(h, p));
        ExposureText.sources(p).forEach(src -> ctx.out().println("         source: " + src));
      }
    }
  }

  static String designation(Designation d) {
    StringBuilder s = new StringBuilder(d.list() == null ? d.dataset() : d.list());
    if (!d.programs().isEmpty()) s.append("; program ").append(String.join(", ", d.programs()));
    if (!d.citations().isEmpty()) s.append("; ").append(String.join(", ", d.citations()));
    if (d.startDate() != null) s.append("; since ").append(d.startDate());
    if (d.endDate() != null) s.append(" until ").append(d.endDate());
    if (d.sourceUrl() != null) s.append("; ").append(d.sourceUrl());
    return s.toString();
  }
}
