package org.tiescan.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.TaskCompletionListener;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.input.JsonLineRecords;
import scala.Tuple2;

/**
 * Reads an input into records numbered as the local readers number them: CSV read whole by the local
 * CSV reader (records with line breaks in quoted fields included); JSON lines split into physical
 * lines (numbered through {@code zipWithIndex}, so line N is the file's line N) and parsed by the
 * local reader's rules ({@link JsonLineRecords}); Parquet rows numbered from 1 in file order, their
 * values as text the way JSON values become text.
 */
final class SparkInputs {
  private static final char BOM = '\uFEFF';
  /** Bytes of CSV per screening partition: about 300,000 records of 100 bytes, some 6 CPU-minutes. */
  private static final long SCREENING_SPLIT_BYTES = 32L << 20;

  private SparkInputs() {}

  /** The column names (see {@link org.tiescan.screen.engine.ScreeningEngine#columns}). */
  static List<String> columns(SparkSession spark, EngineInput in) {
    return switch (in.format()) {
      case PARQUET -> List.of(spark.read().parquet(in.location()).schema().fieldNames());
      case CSV -> csvColumns(spark, in);
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

  /**
   * A CSV file read whole by the local reader ({@link InputFiles#openCsv}) in one task, streamed (a
   * quoted field may hold line breaks, so the file cannot be split at arbitrary lines), then spread
   * over the screening partitions by line number: ranges of lines, so the output stays in input order.
   */
  private static JavaRDD<InputRecord> csv(SparkSession spark, EngineInput in) {
    String file = in.location();
    long size = csvFile(spark, file).getLen();
    csvColumns(spark, in); // an empty or unreadable file fails here, on the driver, as locally
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return sc.binaryFiles(file, 1)
        .flatMap(f -> closedWithTask(InputFiles.openCsv(file, size, f._2().open(), null)))
        .mapToPair(r -> new Tuple2<>(r.line(), r))
        .sortByKey(true, screeningPartitions(sc, size))
        .values();
  }

  /** At least one partition per core, and more for big files so that tasks stay short. */
  private static int screeningPartitions(JavaSparkContext sc, long bytes) {
    return (int) Math.max(sc.defaultParallelism(), Math.min(100_000, bytes / SCREENING_SPLIT_BYTES + 1));
  }

  /** The reader, closed when the task ends (also when it fails part way). */
  private static Iterator<InputRecord> closedWithTask(InputReader reader) {
    TaskContext task = TaskContext.get();
    if (task != null) task.addTaskCompletionListener((TaskCompletionListener) t -> reader.close());
    return reader;
  }

  /** The columns of a CSV file: its head read on the driver by the local reader. */
  private static List<String> csvColumns(SparkSession spark, EngineInput in) {
    String file = in.location();
    FileStatus status = csvFile(spark, file);
    try (InputReader reader = InputFiles.openCsv(file, status.getLen(), fileSystem(spark, file).open(status.getPath()), null)) {
      return reader.columns();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The CSV input's status; it must be one file, as locally. */
  private static FileStatus csvFile(SparkSession spark, String file) {
    try {
      FileStatus status = fileSystem(spark, file).getFileStatus(new org.apache.hadoop.fs.Path(file));
      if (!status.isFile()) throw new InputException(new RecordProblem(file, 0, null, "not a file: CSV input is one file"));
      return status;
    } catch (FileNotFoundException e) {
      throw new InputException(new RecordProblem(file, 0, null, "file not found"), e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static InputException unreadable(String file, IOException e) {
    return new InputException(new RecordProblem(file, 0, null, "cannot read file: " + e.getMessage()), e);
  }

  private static FileSystem fileSystem(SparkSession spark, String file) throws IOException {
    return new org.apache.hadoop.fs.Path(file).getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** The lines of a text file with their 0-based index (one extra pass to count each partition). */
  private static JavaRDD<Tuple2<String, Long>> lines(SparkSession spark, String file) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return sc.textFile(file).zipWithIndex().map(l -> l._2() == 0 ? new Tuple2<>(stripBom(l._1()), 0L) : l);
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
