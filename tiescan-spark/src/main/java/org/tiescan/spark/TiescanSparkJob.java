package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.tiescan.screen.ScreeningException;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.EntityScreeningJob;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningSettings;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.DirectoryTrees;

/**
 * The programmatic entry of the Spark screening: {@link #run} screens one input on a running
 * {@link SparkSession} exactly as {@code tiescan screen} would (same columns, same JSON lines). The
 * list bundle comes from a data directory (built on the driver, zipped and shipped to the executors
 * with {@code SparkContext.addFile}), from a bundle zip (shipped the same way; any URI addFile takes,
 * e.g. {@code hdfs://}), or from a bundle directory on storage every executor mounts at the same path.
 */
public final class TiescanSparkJob {
  /** The name the bundle zip is shipped under ({@code SparkFiles.get} on the executors). */
  static final String SHIPPED_NAME = "tiescan-bundle.zip";

  private TiescanSparkJob() {}

  /**
   * What to screen, against what, and where the results go.
   *
   * @param input the records (CSV, JSON lines or Parquet; see {@link EngineInput#of})
   * @param output JSON lines directory and/or Parquet directory
   * @param lists where the list bundle comes from
   * @param settings threshold, top, exposure depth and relations
   * @param columns columns named by the user (null or empty: detect from the header)
   * @param schema what the names are (null: LegalEntity, organisations and people)
   */
  public record Options(EngineInput input, EngineOutput output, Lists lists, ScreeningSettings settings,
      ColumnMapping.Overrides columns, String schema) {
    /** Names of organisations and people. */
    public Options(EngineInput input, EngineOutput output, Lists lists, ScreeningSettings settings,
        ColumnMapping.Overrides columns) {
      this(input, output, lists, settings, columns, null);
    }
  }

  /**
   * Where the lists come from: exactly one of a tiescan data directory on the driver, a bundle zip
   * (local path or any URI {@code SparkContext.addFile} takes), or a bundle directory at the same
   * path on every executor.
   */
  public record Lists(Path dataDir, String bundleZip, String sharedBundle) {
    public Lists {
      int given = (dataDir == null ? 0 : 1) + (bundleZip == null ? 0 : 1) + (sharedBundle == null ? 0 : 1);
      if (given != 1) throw new IllegalArgumentException("give exactly one of a data directory, a bundle zip or a shared bundle directory");
    }

    public static Lists dataDir(Path dir) {
      return new Lists(dir, null, null);
    }

    public static Lists bundleZip(String zip) {
      return new Lists(null, zip, null);
    }

    public static Lists shared(String dir) {
      return new Lists(null, null, dir);
    }
  }

  /** Screens {@code options.input()} on {@code spark}; the summary counts every record. */
  public static ScreeningSummary run(SparkSession spark, Options options) {
    SparkEngine engine = new SparkEngine(spark);
    String file = options.input().location();
    ColumnMapping columns = ColumnMapping.detect(file, engine.columns(options.input()), options.columns())
        .withSchema(options.schema());
    ScreenerSource lists = ship(spark, options.lists(), options.settings());
    return engine.run(options.input(), new EntityScreeningJob(lists, file, columns), options.output());
  }

  /** Ships the bundle to the executors (or points them at the shared one); the driver builds it from a data directory. */
  static ScreenerSource ship(SparkSession spark, Lists lists, ScreeningSettings settings) {
    if (lists.sharedBundle() != null) return new SharedBundle(lists.sharedBundle(), settings);
    String zip = lists.bundleZip() != null ? lists.bundleZip() : writeBundleZip(lists.dataDir()).toString();
    spark.sparkContext().addFile(zip);
    String name = zip.substring(zip.replace('\\', '/').lastIndexOf('/') + 1);
    return new ShippedBundle(name, settings);
  }

  /** Writes the bundle of {@code dataDir} as a zip in a fresh temporary directory, named {@value #SHIPPED_NAME}. */
  static Path writeBundleZip(Path dataDir) {
    try {
      Path tmp = TempDirs.create("tiescan-spark-");
      writeBundleZip(dataDir, tmp.resolve(SHIPPED_NAME));
      return tmp.resolve(SHIPPED_NAME);
    } catch (IOException e) {
      throw new ScreeningException("cannot write the list bundle of " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** Writes the bundle of {@code dataDir} to {@code zip} (for {@code --bundle} runs and shared storage). */
  public static void writeBundleZip(Path dataDir, Path zip) throws IOException {
    Path dir = Files.createTempDirectory("tiescan-bundle-");
    try (DataDirectory data = DataDirectory.open(dataDir)) {
      ListBundle.write(data, dir);
      BundleZip.zip(dir, zip);
    } finally {
      DirectoryTrees.delete(dir);
    }
  }

  /** The spark-submit entry: {@code --class org.tiescan.spark.TiescanSparkJob}, options of {@link SparkScreenCommand}. */
  public static void main(String[] args) {
    SparkScreenCommand.main(args);
  }

  /** The summary as the terminal shows it. */
  static List<String> describe(ScreeningSummary s) {
    return List.of(String.format("Screened %,d of %,d records from %s in %.1f s (%,.0f records/s)",
            s.screened(), s.records(), s.file(), s.elapsed().toNanos() / 1e9, s.records() / Math.max(1e-9, s.elapsed().toNanos() / 1e9)),
        String.format("  with hits:    %,d", s.withHits()),
        String.format("  not screened: %,d", s.problems()));
  }
}
