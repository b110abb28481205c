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
        Tuple2<String, Long> header = headerLine(spark, in);
        yield CsvRows.columns(header._1(), delimiter(header));
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
    Tuple2<String, Long> header = headerLine(spark, in);
    char delimiter = delimiter(header);
    List<String> columns = CsvRows.columns(header._1(), delimiter);
    long headerIndex = header._2();
    return lines(spark, file).filter(l -> l._2() > headerIndex && !l._1().isEmpty())
        .map(l -> CsvRows.line(file, columns, delimiter, l._2() + 1, l._1()));
  }

  /** The lines of a text file with their 0-based index (one extra pass to count each partition). */
  private static JavaRDD<Tuple2<String, Long>> lines(SparkSession spark, String file) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return sc.textFile(file).zipWithIndex().map(l -> l._2() == 0 ? new Tuple2<>(stripBom(l._1()), 0L) : l);
  }

  /** The local reader detects the delimiter from the file's first physical line, even when it is empty. */
  private static char delimiter(Tuple2<String, Long> header) {
    return CsvRows.detectDelimiter(header._2() == 0 ? header._1() : "");
  }

  /** The first non-empty line and its index (empty lines before the header are skipped, as locally). */
  private static Tuple2<String, Long> headerLine(SparkSession spark, EngineInput in) {
    Tuple2<String, Long> first = firstLine(spark, in.location(), false);
    if (first == null) {
      throw new InputException(new RecordProblem(in.location(), 1, null, "the file is empty; expected a header row"));
    }
    return first;
  }

  /**
   * The first line that is not empty (or, with {@code skipBlank}, not blank) and its 0-based index, or
   * null. Looks at the head of the file first, so the whole file is read only when it starts with
   * thousands of empty lines.
   */
  private static Tuple2<String, Long> firstLine(SparkSession spark, String file, boolean skipBlank) {
    int head = 1_000;
    List<String> lines = JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(file).take(head);
    for (int i = 0; i < lines.size(); i++) {
      String l = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
      if (skipBlank ? !l.isBlank() : !l.isEmpty()) return new Tuple2<>(l, (long) i);
    }
    if (lines.size() < head) return null;
    List<Tuple2<String, Long>> found = lines(spark, file).filter(l -> skipBlank ? !l._1().isBlank() : !l._1().isEmpty()).take(1);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The keys of the first record (none when it is not a JSON object), as the local reader gives them. */
  private static List<String> jsonColumns(SparkSession spark, EngineInput in) {
    Tuple2<String, Long> first = firstLine(spark, in.location(), true);
    if (first == null) return List.of();
    long line = first._2() + 1;
    String text = first._1();
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
