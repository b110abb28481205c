package org.tiescan.spark;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.RecordFunction;
import org.tiescan.screen.engine.RecordJob;
import org.tiescan.screen.engine.ResultLine;
import org.tiescan.screen.engine.ScreeningEngine;
import org.tiescan.screen.input.InputRecord;

/**
 * The screening on Apache Spark: records read by {@link SparkInputs}, the job opened once per
 * partition on the executors ({@code mapPartitions}), counted where they are made, kept in input order.
 * JSON lines go to a directory of part files (their concatenation in name order is the local engine's
 * file); Parquet gets one row per record with columns {@code line}, {@code hit}, {@code problem},
 * {@code result}.
 */
public final class SparkEngine implements ScreeningEngine {
  /** The Parquet output's columns. */
  static final StructType RESULT_SCHEMA = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("hit", DataTypes.BooleanType, false)
      .add("problem", DataTypes.StringType, true)
      .add("result", DataTypes.StringType, false);

  private final SparkSession spark;

  public SparkEngine(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public List<String> columns(EngineInput input) {
    return SparkInputs.columns(spark, input);
  }

  @Override
  public ScreeningSummary run(EngineInput input, RecordJob job, EngineOutput output) {
    long start = System.nanoTime();
    TallyAccumulator tally = new TallyAccumulator();
    spark.sparkContext().register(tally, "tiescan screening tally");
    JavaRDD<ResultLine> results = SparkInputs.records(spark, input).mapPartitions(records -> screen(job, records, tally));
    // both outputs from one screening: keep the results on the executors' disks (never in the heap:
    // one partition's results can be gigabytes of JSON), else stream them straight to the output
    boolean both = output.jsonLines() != null && output.parquet() != null;
    if (both) results = results.persist(StorageLevel.DISK_ONLY());
    try {
      if (output.jsonLines() != null) results.map(ResultLine::json).saveAsTextFile(output.jsonLines());
      if (output.parquet() != null) {
        spark.createDataFrame(results.map(SparkEngine::row), RESULT_SCHEMA).write().parquet(output.parquet());
      }
      return tally.value().summary(input.location(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      if (both) results.unpersist(false);
    }
  }

  /** One partition: the job opened once (the index is opened once per executor), then every record, counted. */
  private static Iterator<ResultLine> screen(RecordJob job, Iterator<InputRecord> records, TallyAccumulator tally) {
    RecordFunction work = job.open();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public ResultLine next() {
        ResultLine r = work.apply(records.next());
        tally.add(r);
        return r;
      }
    };
  }

  private static Row row(ResultLine r) {
    return RowFactory.create(r.line(), r.hit(), r.problem() == null ? null : r.problem().toString(), r.json());
  }
}
