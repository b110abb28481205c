package org.tiescan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.NameComparer;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.report.ReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan compare}: the score of two names, or of every pair in a file, and why. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores two names against each other with the matcher's scorer and explains the score; "
        + "or, with --pairs, every row of a CSV with columns left,right (and optional schema).",
        "Token rarities are uniform here (no list is needed), so scores can differ slightly from screening."},
    footer = {"%nExamples:%n  tiescan compare \"Hangzhou Hikvision Digital Technology Co., Ltd.\" \"HIKVISION\"%n"
        + "  tiescan compare --pairs pairs.csv -o scored.csv%n", ExitCodes.TABLE})
final class CompareCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names to compare.")
  List<String> names = new ArrayList<>();

  @Option(names = "--pairs", paramLabel = "FILE", description = "CSV/XLSX/JSON lines with columns left,right[,schema].")
  Path pairs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where --pairs writes its CSV (default: stdout).")
  Path output;

  @Option(names = "--schema", paramLabel = "SCHEMA", description = "FtM schema of both names (default: LegalEntity).")
  String schema;

  @Option(names = "--threshold", paramLabel = "SCORE", description = "Pairs at or above are a match (default: ${DEFAULT-VALUE}).")
  double threshold = MatchOptions.DEFAULT_THRESHOLD;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the pairs file (default: UTF-8).")
  Charset encoding;

  CompareCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    boolean twoNames = pairs == null && names.size() == 2;
    boolean pairsFile = pairs != null && names.isEmpty();
    if (!twoNames && !pairsFile) throw new ParameterException(spec.commandLine(), "give two names, or --pairs FILE");
    NameComparer comparer = NameComparer.standard();
    return pairs == null ? compareTwo(comparer) : comparePairs(comparer);
  }

  private int compareTwo(NameComparer comparer) {
    NameComparer.Comparison c = comparer.compare(names.get(0), names.get(1), schema);
    ctx.out().printf(Locale.ROOT, "%.3f  %s%n", c.score(), c.score() >= threshold ? "match" : "no match");
    Explanation x = c.explanation();
    if (x != null) {
      ctx.out().println("why: " + x.summary());
      for (Explanation.Feature f : x.features()) {
        ctx.out().printf(Locale.ROOT, "  %-22s %6.3f  %s%n", f.name(), f.value(), f.detail() == null ? "" : f.detail());
      }
    }
    return ExitCodes.OK;
  }

  private int comparePairs(NameComparer comparer) throws IOException {
    try (InputReader in = InputFiles.open(pairs, encoding, null)) {
      List<String> columns = in.columns();
      for (String required : List.of("left", "right")) {
        if (!columns.contains(required)) {
          throw new InputException(new RecordProblem(in.file(), 1, required,
              "the pairs file needs columns 'left' and 'right'; its headers are " + columns));
        }
      }
      Writer w = output == null ? ctx.out() : Files.newBufferedWriter(output);
      try {
        writePairs(comparer, in, columns, w);
      } finally {
        if (output != null) w.close();
        else w.flush();
      }
    } catch (IOException e) {
      throw new ReportException("cannot write " + output + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  private void writePairs(NameComparer comparer, InputReader in, List<String> columns, Writer w) throws IOException {
    List<String> header = new ArrayList<>(columns);
    header.addAll(List.of("score", "match", "explanation"));
    CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w);
    long problems = 0;
    while (in.hasNext()) {
      InputRecord r = in.next();
      List<String> row = new ArrayList<>();
      columns.forEach(c -> row.add(r.fields().getOrDefault(c, "")));
      if (!r.ok()) {
        problems++;
        ctx.err().println("skipped " + r.problem());
        continue;
      }
      String s = r.get("schema").isEmpty() ? schema : r.get("schema");
      NameComparer.Comparison c = comparer.compare(r.get("left"), r.get("right"), s);
      row.add(String.format(Locale.ROOT, "%.4f", c.score()));
      row.add(Boolean.toString(c.score() >= threshold));
      row.add(c.explanation() == null ? "" : c.explanation().summary());
      p.printRecord(row);
    }
    p.flush();
    if (problems > 0) ctx.err().println(problems + " rows skipped");
  }
}
