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
import org.tiescan.screen.ScreeningTally;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.RecordFunction;
import org.tiescan.screen.engine.RecordJob;
import org.tiescan.screen.engine.ResultLine;
import org.tiescan.screen.engine.ScreeningEngine;
import org.tiescan.screen.input.InputRecord;

/**
 * The screening on Apache Spark: records read by {@link SparkInputs}, the job opened once per
 * partition on the executors ({@code mapPartitions}), results kept in input order. JSON lines go to a
 * directory of part files (their concatenation in name order is the local engine's file); Parquet gets
 * one row per record with columns {@code line}, {@code hit}, {@code problem}, {@code result}.
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
    JavaRDD<ResultLine> results = SparkInputs.records(spark, input)
        .mapPartitions(records -> screen(job, records))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      if (output.jsonLines() != null) results.map(ResultLine::json).saveAsTextFile(output.jsonLines());
      if (output.parquet() != null) {
        spark.createDataFrame(results.map(SparkEngine::row), RESULT_SCHEMA).write().parquet(output.parquet());
      }
      ScreeningTally tally = results.aggregate(new ScreeningTally(),
          (t, r) -> t.add(r.problem(), r.hit()), ScreeningTally::merge);
      return tally.summary(input.location(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      results.unpersist(false);
    }
  }

  /** One partition: the job opened once (the index is opened once per executor), then every record. */
  private static Iterator<ResultLine> screen(RecordJob job, Iterator<InputRecord> records) {
    RecordFunction work = job.open();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public ResultLine next() {
        return work.apply(records.next());
      }
    };
  }

  private static Row row(ResultLine r) {
    return RowFactory.create(r.line(), r.hit(), r.problem() == null ? null : r.problem().toString(), r.json());
  }
}
