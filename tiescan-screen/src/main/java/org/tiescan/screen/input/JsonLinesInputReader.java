package org.tiescan.screen.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.tiescan.model.RecordProblem;

/**
 * Reads one JSON object per line. Scalar values become text; arrays become their values joined by
 * {@code "; "}; blank lines are skipped; a line that is not a JSON object is reported as a problem.
 */
final class JsonLinesInputReader implements InputReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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
      if (!started && line.strip().startsWith("[")) {
        throw new InputException(new RecordProblem(file, lineNumber, null,
            "the file is a JSON array; tiescan reads JSON lines (one object per line), e.g. jq -c '.[]' FILE"));
      }
      started = true;
      pending = parse(line);
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

  private InputRecord parse(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (!node.isObject()) return problem("expected a JSON object, found " + node.getNodeType());
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        fields.put(f.getKey(), text(f.getValue()));
      }
      return InputRecord.of(lineNumber, fields);
    } catch (JsonProcessingException e) {
      return problem("not valid JSON: " + e.getOriginalMessage());
    }
  }

  private InputRecord problem(String message) {
    return new InputRecord(lineNumber, Map.of(), new RecordProblem(file, lineNumber, null, message));
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) return "";
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(x)));
      return String.join("; ", parts);
    }
    return v.isValueNode() ? v.asText() : v.toString();
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
