package org.tiescan.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.input.CsvRows;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.input.JsonLineRecords;
import scala.Tuple2;

/**
 * Reads an input into records numbered as the local readers number them: CSV and JSON lines split
 * into physical lines (numbered through {@code zipWithIndex}, so line N is the file's line N) and
 * parsed by the local readers' own rules ({@link CsvRows}, {@link JsonLineRecords}); Parquet rows
 * numbered from 1 in file order, their values as text the way JSON values become text.
 */
final class SparkInputs {
  private static final char BOM = '\uFEFF';

  private SparkInputs() {}

  /** The column names (see {@link org.tiescan.screen.engine.ScreeningEngine#columns}). */
  static List<String> columns(SparkSession spark, EngineInput in) {
    return switch (in.format()) {
      case PARQUET -> List.of(spark.read().parquet(in.location()).schema().fieldNames());
      case CSV -> {
        String header = header(spark, in);
        yield CsvRows.columns(header, CsvRows.detectDelimiter(header));
      }
      case JSONL -> jsonColumns(spark, in);
    };
  }

  /** Every record of the input, in input order. */
  static JavaRDD<InputRecord> records(SparkSession spark, EngineInput in) {
    String file = in.location();
    return switch (in.format()) {
      case PARQUET -> parquet(spark.read().parquet(file));
      case CSV -> csv(spark, in);
      case JSONL -> {
        jsonColumns(spark, in); // refuses a JSON array up front, as the local reader does
        yield lines(spark, file).filter(l -> !l._1().isBlank())
            .map(l -> JsonLineRecords.parse(file, l._2() + 1, l._1()));
      }
    };
  }

  private static JavaRDD<InputRecord> csv(SparkSession spark, EngineInput in) {
    String file = in.location();
    String header = header(spark, in);
    char delimiter = CsvRows.detectDelimiter(header);
    List<String> columns = CsvRows.columns(header, delimiter);
    return lines(spark, file).filter(l -> l._2() > 0 && !l._1().isEmpty())
        .map(l -> CsvRows.line(file, columns, delimiter, l._2() + 1, l._1()));
  }

  /** The lines of a text file with their 0-based index (one extra pass to count each partition). */
  private static JavaRDD<Tuple2<String, Long>> lines(SparkSession spark, String file) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return sc.textFile(file).zipWithIndex().map(l -> l._2() == 0 ? new Tuple2<>(stripBom(l._1()), 0L) : l);
  }

  private static String header(SparkSession spark, EngineInput in) {
    List<String> first = JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(in.location()).take(1);
    if (first.isEmpty()) {
      throw new InputException(new RecordProblem(in.location(), 1, null, "the file is empty; expected a header row"));
    }
    return stripBom(first.get(0));
  }

  /** The keys of the first record (none when it is not a JSON object), as the local reader gives them. */
  private static List<String> jsonColumns(SparkSession spark, EngineInput in) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<String, Long>> first = sc.textFile(in.location()).zipWithIndex()
        .filter(l -> !stripBom(l._1()).isBlank()).take(1);
    if (first.isEmpty()) return List.of();
    long line = first.get(0)._2() + 1;
    String text = stripBom(first.get(0)._1());
    JsonLineRecords.checkNotArray(in.location(), line, text);
    return List.copyOf(JsonLineRecords.parse(in.location(), line, text).fields().keySet());
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }

  private static JavaRDD<InputRecord> parquet(Dataset<Row> table) {
    String[] names = table.schema().fieldNames();
    return table.javaRDD().zipWithIndex().map(r -> InputRecord.of(r._2() + 1, fields(names, r._1())));
  }

  private static Map<String, String> fields(String[] names, Row row) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) out.put(names[i], text(row.get(i)));
    return out;
  }

  /** A Parquet value as text: null empty, arrays joined by "; " (as JSON lines input does). */
  static String text(Object v) {
    if (v == null) return "";
    if (v instanceof scala.collection.Seq<?> seq) {
      List<String> parts = new ArrayList<>();
      scala.collection.JavaConverters.seqAsJavaList(seq).forEach(x -> parts.add(text(x)));
      return String.join("; ", parts);
    }
    return v.toString();
  }
}
