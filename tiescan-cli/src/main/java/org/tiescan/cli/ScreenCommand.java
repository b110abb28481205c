package org.tiescan.cli;

import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tiescan.screen.GraphAnnotator;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.Screener;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.report.CsvReport;
import org.tiescan.screen.report.HtmlReport;
import org.tiescan.screen.report.JsonLinesReport;
import org.tiescan.screen.report.ProgressBar;
import org.tiescan.screen.report.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan screen FILE}: screens every record of a CSV, XLSX or JSON lines file. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Screens every record of FILE (CSV with , ; tab or | delimiters, XLSX, or JSON lines) "
        + "against the loaded lists, prints a summary and writes reports.",
        "The name column (and optional country, id and identifier columns) is detected from the headers "
        + "unless given. On a data directory without lists, the bundled snapshot is imported first.",
        "Every hit also shows the designated entities it is linked to by ownership or affiliation (exposure); "
        + "a record matching an unlisted subsidiary or brand of a listed company is reported as an exposure hit."},
    footer = {"%nExamples:%n  tiescan screen examples/suppliers.csv%n"
        + "  tiescan screen suppliers.xlsx --sheet Vendors --format csv,html -o reports/%n"
        + "  tiescan screen parties.csv --format jsonl -o - --fail-on-match --threshold 0.8%n"
        + "  tiescan screen suppliers.csv --exposure-depth 2 --relations subsidiary,ownership,brand%n", ExitCodes.TABLE})
final class ScreenCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to screen (.csv/.tsv/.txt, .xlsx, .jsonl).")
  Path file;

  @Mixin ReportOptions reports;

  @Mixin MatchingOptions matching;
  @Mixin ExposureFlags exposure;

  @Mixin ColumnOptions columnOptions;
  @Mixin SchemaOption schema;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of a CSV/JSON lines file, e.g. windows-1252, GB18030 (default: UTF-8, BOM or not).")
  Charset encoding;

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
  String sheet;

  @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on the terminal.")
  boolean quiet;

  @Mixin DataDirOption dataDir;

  ScreenCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    var options = matching.toOptions(spec.commandLine());
    if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    String asked = schema.schema(spec.commandLine());
    try (InputReader input = InputFiles.open(file, encoding, sheet)) {
      ColumnMapping columns = ColumnMapping.detect(input.file(), input.columns(), columnOptions.overrides()).withSchema(asked);
      try (Workspace ws = Workspaces.openReady(ctx, dataDir.resolve());
           ReportTargets targets = reports.targets(baseName())) {
        describeColumns(columns);
        ScreeningSummary summary;
        // the ownership graph is read from the store while the match index opens: at a million entities
        // each takes seconds (the options are checked first, so a usage error is not left to that thread)
        exposure.toOptions(spec.commandLine());
        CompletableFuture<GraphAnnotator> graph = CompletableFuture.supplyAsync(() -> exposure.annotator(ws, spec.commandLine()));
        var matcher = ws.matcher();
        GraphAnnotator annotator = joined(graph);
        RunRecorder run = ws.recordRun(file, optionsJson(options, columns));
        List<ResultSink> all = sinks(targets, input, columns.idColumn());
        all.add(run);
        try (Sinks sinks = new Sinks(all)) {
          summary = new Screener(matcher, options, threads, annotator).screen(input, columns, sinks, progress());
        }
        targets.commit();
        targets.targets().values().stream().filter(p -> p != null)
            .forEach(p -> ctx.err().println("report: " + p));
        if (run.describe() != null) ctx.err().println("recorded: " + run.describe());
        return matching.exitCode(summary.withHits() > 0);
      }
    }
  }

  /** The graph built on the other thread; its failure (a data error, say) is thrown here as it was there. */
  private static GraphAnnotator joined(CompletableFuture<GraphAnnotator> graph) {
    try {
      return graph.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
  }

  private String optionsJson(org.tiescan.match.MatchOptions o, ColumnMapping c) {
    var json = org.tiescan.screen.report.ResultJson.mapper().createObjectNode()
        .put("threshold", o.threshold()).put("top", o.limit()).put("country_column", c.countryColumn())
        .put("id_column", c.idColumn()).put("schema", c.schema()).put("exposure_depth", exposure.depth);
    exposure.relations.forEach(json.putArray("relations")::add);
    c.nameColumns().forEach(json.putArray("name_columns")::add);
    c.identifierColumns().forEach(json.putArray("identifier_columns")::add);
    return json.toString();
  }

  private String baseName() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void describeColumns(ColumnMapping c) {
    if (quiet) return;
    ctx.err().println("columns: name=" + c.nameColumns()
        + (c.countryColumn() == null ? "" : " country=" + c.countryColumn())
        + (c.idColumn() == null ? "" : " id=" + c.idColumn())
        + (c.identifierColumns().isEmpty() ? "" : " identifiers=" + c.identifierColumns())
        + (c.schema().equals(org.tiescan.model.Schema.LEGAL_ENTITY) ? "" : " schema=" + c.schema()));
  }

  private List<ResultSink> sinks(ReportTargets targets, InputReader input,
      String idColumn) {
    List<ResultSink> sinks = new ArrayList<>();
    Writer stdout = ctx.out();
    for (Map.Entry<ReportFormat, Path> t : targets.targets().entrySet()) {
      Writer w = targets.open(t.getKey(), stdout);
      sinks.add(switch (t.getKey()) {
        case jsonl -> new JsonLinesReport(w);
        case csv -> new CsvReport(w, input.columns());
        case html -> new HtmlReport(w, "tiescan screening: " + file.getFileName());
      });
    }
    boolean reportOnStdout = targets.targets().containsValue(null);
    if (!quiet) sinks.add(new TerminalSummary(reportOnStdout ? ctx.err() : ctx.out(), 10, idColumn));
    return sinks;
  }

  private org.tiescan.screen.ProgressListener progress() {
    if (quiet) return org.tiescan.screen.ProgressListener.NONE;
    return new ProgressBar(ctx.progress(), ctx.terminal(), 10_000_000_000L, System::nanoTime);
  }
}
