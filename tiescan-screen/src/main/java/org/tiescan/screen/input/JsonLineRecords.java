package org.tiescan.screen.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.model.RecordProblem;

/**
 * One line of a JSON lines file as a record: scalar values become text, arrays their values joined by
 * {@code "; "}; a line that is not a JSON object is a record with a problem. Shared by the local reader
 * and engines that split the file themselves, so both read a line the same way.
 */
public final class JsonLineRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLineRecords() {}

  /** The record on {@code line} (1-based {@code lineNumber}) of {@code file}; the line must not be blank. */
  public static InputRecord parse(String file, long lineNumber, String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (!node.isObject()) return problem(file, lineNumber, "expected a JSON object, found " + node.getNodeType());
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        fields.put(f.getKey(), text(f.getValue()));
      }
      return InputRecord.of(lineNumber, fields);
    } catch (JsonProcessingException e) {
      return problem(file, lineNumber, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Refuses a file that is one JSON array rather than JSON lines (checked on its first non-blank line). */
  public static void checkNotArray(String file, long lineNumber, String firstLine) {
    if (firstLine.strip().startsWith("[")) {
      throw new InputException(new RecordProblem(file, lineNumber, null,
          "the file is a JSON array; tiescan reads JSON lines (one object per line), e.g. jq -c '.[]' FILE"));
    }
  }

  private static InputRecord problem(String file, long lineNumber, String message) {
    return new InputRecord(lineNumber, Map.of(), new RecordProblem(file, lineNumber, null, message));
  }

  /** A value as text, as every input format gives it: null empty, arrays joined by "; ". */
  public static String text(JsonNode v) {
    if (v == null || v.isNull()) return "";
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(x)));
      return String.join("; ", parts);
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
