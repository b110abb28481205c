package org.tiescan.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tiescan.cli.ColumnOptions;
import org.tiescan.cli.SchemaOption;
import org.tiescan.cli.ExitCodes;
import org.tiescan.cli.ExposureFlags;
import org.tiescan.cli.MatchingOptions;
import org.tiescan.match.MatchOptions;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.ScreeningSettings;
import org.tiescan.screen.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.tiescan.spark.TiescanSparkJob tiescan-spark-job.jar INPUT ...}: the
 * {@code tiescan screen} of a cluster. Options mirror {@code tiescan screen}; see docs/spark.md.
 */
@Command(name = "tiescan-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Screens every record of INPUT (CSV, JSON lines or Parquet; a file, directory or URI Spark reads) "
        + "against the lists on Apache Spark, with the same results as `tiescan screen` (JSON lines in the same shape).",
        "The list bundle (match index, curated dataset, list records) is built once on the driver from --data-dir "
        + "and shipped to the executors, or taken from --bundle / --shared-bundle."},
    footer = {"%nExamples:%n  spark-submit --class org.tiescan.spark.TiescanSparkJob tiescan-spark-job.jar \\%n"
        + "      hdfs:///in/parties.parquet --data-dir ~/.tiescan --jsonl hdfs:///out/hits.jsonl --parquet hdfs:///out/hits.parquet%n"
        + "  spark-submit --class org.tiescan.spark.TiescanSparkJob tiescan-spark-job.jar --write-bundle lists.zip --data-dir ~/.tiescan%n",
        ExitCodes.TABLE})
public final class SparkScreenCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT", description = "The records to screen (.csv/.tsv/.txt, .jsonl, .parquet).")
  String input;

  @Option(names = "--jsonl", paramLabel = "DIR", description = "Write JSON lines (part files, in input order) to DIR.")
  String jsonl;

  @Option(names = "--parquet", paramLabel = "DIR", description = "Write a Parquet table (line, hit, problem, result) to DIR.")
  String parquet;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ListsOption lists;

  static final class ListsOption {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "A tiescan data directory on the driver (e.g. ~/.tiescan, the CLI's default).")
    Path dataDir;

    @Option(names = "--bundle", paramLabel = "ZIP", description = "A list bundle zip (path or URI), shipped with SparkContext.addFile.")
    String bundleZip;

    @Option(names = "--shared-bundle", paramLabel = "DIR", description = "An unpacked list bundle at this path on every executor.")
    String shared;
  }

  @Option(names = "--write-bundle", paramLabel = "ZIP", description = "Only write the list bundle of --data-dir to ZIP and exit.")
  Path writeBundle;

  @Mixin MatchingOptions matching;
  @Mixin ExposureFlags exposure;
  @Mixin ColumnOptions columns;
  @Mixin SchemaOption schema;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cmd = spec.commandLine();
    if (writeBundle != null) {
      if (lists.dataDir == null) throw new CommandLine.ParameterException(cmd, "--write-bundle needs --data-dir");
      TiescanSparkJob.writeBundleZip(lists.dataDir, writeBundle);
      System.err.println("bundle: " + writeBundle);
      return ExitCodes.OK;
    }
    if (input == null) throw new CommandLine.ParameterException(cmd, "INPUT is missing");
    if (jsonl == null && parquet == null) throw new CommandLine.ParameterException(cmd, "give --jsonl DIR and/or --parquet DIR");
    MatchOptions match = matching.toOptions(cmd);
    exposure.toOptions(cmd); // checks --exposure-depth and --relations
    String asked = schema.schema(cmd);
    ScreeningSettings settings = new ScreeningSettings(match.threshold(), match.limit(), exposure.depth(), exposure.relations());
    boolean ours = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().appName("tiescan screen " + input).getOrCreate();
    try {
      ScreeningSummary s = TiescanSparkJob.run(spark, new TiescanSparkJob.Options(EngineInput.of(input),
          new EngineOutput(jsonl, parquet), new TiescanSparkJob.Lists(lists.dataDir, lists.bundleZip, lists.shared),
          settings, columns.overrides(), asked));
      TiescanSparkJob.describe(s).forEach(System.err::println);
      return matching.exitCode(s.withHits() > 0);
    } finally {
      if (ours) spark.stop(); // a session the caller made is the caller's to stop
    }
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command with tiescan's exit codes for failures (a message on stderr, no stack trace). */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new SparkScreenCommand());
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      Throwable failure = inputFailure(e);
      System.err.println("tiescan-spark: " + failure.getMessage());
      return ExitCodes.of(failure);
    });
    return cmd;
  }

  /**
   * The input error behind {@code e}, else {@code e}: an input that breaks part way (a CSV quote never
   * closed) is found on an executor and reaches the driver wrapped in Spark's job failure.
   */
  static Throwable inputFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof InputException) return t;
    return e;
  }
}
