package org.tiescan.screen.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.tiescan.model.RecordProblem;

/** Opens an input file with the reader its extension calls for. */
public final class InputFiles {
  private InputFiles() {}

  /** The input formats tiescan reads. */
  public enum Format { CSV, XLSX, JSONL }

  /** Which reader to use, chosen by extension; anything unknown is read as delimited text. */
  public static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) return Format.XLSX;
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Format.JSONL;
    return Format.CSV;
  }

  /**
   * Opens {@code file}.
   *
   * @param charset the encoding of text files, or null for UTF-8 (with or without BOM)
   * @param sheet the XLSX sheet name, or null for the first sheet
   */
  public static InputReader open(Path file, Charset charset, String sheet) {
    Charset cs = charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset;
    return switch (formatOf(file)) {
      case XLSX -> XlsxInputReader.open(file, sheet);
      case JSONL -> new JsonLinesInputReader(file, openStream(file), cs);
      case CSV -> CsvInputReader.open(file, openStream(file), cs);
    };
  }

  /**
   * Reads delimited text from a stream exactly as {@link #open} reads a CSV file: the same records,
   * line numbers and problems. For engines that fetch the file themselves (Spark from HDFS or S3).
   *
   * @param file the file's name in problems
   * @param size the file's length in bytes (for {@link InputReader#fractionRead})
   * @param charset the encoding, or null for UTF-8 (with or without BOM)
   */
  public static InputReader openCsv(String file, long size, InputStream in, Charset charset) {
    Charset cs = charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset;
    return CsvInputReader.open(file, size, new CountingInputStream(new BufferedInputStream(in, 64 * 1024)), cs);
  }

  static CountingInputStream openStream(Path file) {
    try {
      InputStream in = Files.newInputStream(file);
      return new CountingInputStream(new BufferedInputStream(in, 64 * 1024));
    } catch (NoSuchFileException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "file not found"), e);
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read file: " + e), e);
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns a read failure into an InputException naming the file and, for bad bytes, the line. */
  static InputException failure(String file, Throwable e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof StrictDecodingReader.UndecodableInputException bad) {
      return new InputException(new RecordProblem(file, bad.line, null, bad.getMessage()), bad);
    }
    if (cause != null && cause.getCause() instanceof StrictDecodingReader.UndecodableInputException bad) {
      return new InputException(new RecordProblem(file, bad.line, null, bad.getMessage()), bad);
    }
    return new InputException(new RecordProblem(file, 0, null, "cannot read file: " + plain(cause)), cause);
  }

  /** The message without the exception's class name (users see it; the class is for TIESCAN_DEBUG). */
  private static String plain(Throwable e) {
    if (e == null) return "unknown error";
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
