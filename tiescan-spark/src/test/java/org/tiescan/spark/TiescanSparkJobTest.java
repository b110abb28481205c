package org.tiescan.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.cli.ExitCodes;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.EntityScreeningJob;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.LocalEngine;
import org.tiescan.screen.engine.ScreeningSettings;
import org.tiescan.screen.input.ColumnMapping;

/** The job end to end: a data directory's bundle zipped and shipped with addFile, Parquet in and out, the spark-submit entry. */
class TiescanSparkJobTest {
  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path f = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/contract/" + name)) {
      Files.copy(in, f);
    }
    return f;
  }

  private List<String> local(Path input) throws IOException {
    Path bundle = TestLists.bundle();
    EngineInput in = EngineInput.of(input.toString());
    ColumnMapping columns = ColumnMapping.detect(in.location(), new LocalEngine(1).columns(in), null);
    Path out = dir.resolve("local.jsonl");
    new LocalEngine(1).run(in, new EntityScreeningJob(() -> ListBundle.open(bundle, ScreeningSettings.defaults()),
        in.location(), columns), new EngineOutput(out.toString(), null));
    return Files.readAllLines(out);
  }

  @Test
  void shipsTheBundleOfADataDirectoryAndWritesJsonLinesAndParquet() throws IOException {
    SparkSession spark = TestSpark.session();
    Path csv = resource("parties.csv");
    String jsonl = dir.resolve("hits.jsonl").toString();
    String parquet = dir.resolve("hits.parquet").toString();
    ScreeningSummary s = TiescanSparkJob.run(spark, new TiescanSparkJob.Options(EngineInput.of(csv.toString()),
        new EngineOutput(jsonl, parquet), TiescanSparkJob.Lists.dataDir(TestLists.dataDir()),
        ScreeningSettings.defaults(), null));

    List<String> expected = local(csv);
    assertThat(ScreeningEngineContract.partFiles(Path.of(jsonl))).containsExactlyElementsOf(expected);
    List<Row> rows = spark.read().parquet(parquet).orderBy("line").collectAsList();
    assertThat(rows).extracting(r -> r.<String>getAs("result")).containsExactlyElementsOf(expected);
    assertThat(rows.stream().filter(r -> r.<Boolean>getAs("hit")).count()).isEqualTo(s.withHits()).isGreaterThan(5);
    assertThat(rows).filteredOn(r -> r.getAs("problem") != null).extracting(r -> r.<Long>getAs("line"))
        .containsExactly(14L, 15L);
    assertThat(s.records()).isEqualTo(16);
  }

  @Test
  void parquetInputGivesTheResultsOfTheSameRecordsAsCsv() throws IOException {
    SparkSession spark = TestSpark.session();
    Path csv = resource("parties.csv");
    String parquet = dir.resolve("parties.parquet").toString();
    // the well-formed rows as a typed Parquet table, as a data lake would hold them
    Dataset<Row> table = spark.read().option("header", "true").csv(csv.toString())
        .filter(functions.col("name").isNotNull().or(functions.col("isin").isNotNull()).or(functions.col("ticker").isNotNull()))
        .withColumn("rank", functions.expr("cast(substring(id, 2) as long)"));
    table.coalesce(1).write().parquet(parquet);
    String out = dir.resolve("from-parquet.jsonl").toString();
    TiescanSparkJob.run(spark, new TiescanSparkJob.Options(EngineInput.of(parquet), new EngineOutput(out, null),
        TiescanSparkJob.Lists.shared(TestLists.bundle().toString()), ScreeningSettings.defaults(), null));

    List<JsonNode> fromParquet = ScreeningEngineContract.parse(ScreeningEngineContract.partFiles(Path.of(out)));
    List<JsonNode> fromCsv = ScreeningEngineContract.parse(local(csv));
    // P13 (nothing to screen) was filtered out; Spark's CSV reader keeps P14, whose extra value it drops
    assertThat(fromParquet).extracting(r -> r.path("input").path("id").asText()).hasSize(15).doesNotContain("P13");
    for (JsonNode r : fromParquet) {
      String id = r.path("input").path("id").asText();
      assertThat(r.path("input").path("rank").asText()).isEqualTo(Long.toString(Long.parseLong(id.substring(1))));
      assertThat(r.path("results")).as(id).isEqualTo(ScreeningEngineContract.byId(fromCsv, id).path("results"));
    }
  }

  @Test
  void anInputWithoutANameColumnStopsWithExitCode3() throws IOException {
    assertThat(exitCode("no-names.csv", "id,amount\n1,20\n")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(TestSpark.session().sparkContext().isStopped()).isFalse();
  }

  @Test
  void aQuoteNeverClosedStopsWithExitCode3() throws IOException {
    assertThat(exitCode("unclosed.csv", "id,name\n1,Hikvision\n2,\"Dahua\n3,iFlytek\n")).isEqualTo(ExitCodes.BAD_INPUT);
  }

  /** The command's exit code for a CSV file of this text. */
  private int exitCode(String name, String csvText) throws IOException {
    TestSpark.session();
    Path csv = dir.resolve(name);
    Files.writeString(csv, csvText);
    return SparkScreenCommand.commandLine().execute(csv.toString(), "--shared-bundle", TestLists.bundle().toString(),
        "--jsonl", dir.resolve("out-" + name).toString());
  }
}
