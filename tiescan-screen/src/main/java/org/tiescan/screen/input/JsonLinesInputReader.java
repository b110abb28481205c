package org.tiescan.screen.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads one JSON object per line. Scalar values become text; arrays become their values joined by
 * {@code "; "}; blank lines are skipped; a line that is not a JSON object is reported as a problem.
 */
final class JsonLinesInputReader implements InputReader {
  private final String file;
  private final long size;
  private final CountingInputStream counter;
  private final BufferedReader text;
  private long lineNumber;
  private InputRecord pending;
  private List<String> columns;
  private boolean started;

  JsonLinesInputReader(Path path, CountingInputStream in, Charset charset) {
    this.file = path.toString();
    this.size = InputFiles.size(path);
    this.counter = in;
    this.text = new BufferedReader(new StrictDecodingReader(in, charset), 64 * 1024);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> columns() {
    if (columns == null) {
      hasNext();
      columns = pending == null ? List.of() : List.copyOf(pending.fields().keySet());
    }
    return columns;
  }

  @Override
  public double fractionRead() {
    return size == 0 ? 1 : Math.min(1.0, counter.count() / (double) size);
  }

  @Override
  public boolean hasNext() {
    if (pending != null) return true;
    try {
      String line;
      do {
        line = text.readLine();
        if (line == null) return false;
        lineNumber++;
      } while (line.isBlank());
      if (!started) JsonLineRecords.checkNotArray(file, lineNumber, line);
      started = true;
      pending = JsonLineRecords.parse(file, lineNumber, line);
      return true;
    } catch (IOException e) {
      throw InputFiles.failure(file, e);
    }
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    InputRecord r = pending;
    pending = null;
    return r;
  }

  @Override
  public void close() {
    try {
      text.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
