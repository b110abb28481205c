package org.tiescan.text.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the real public files of ../shared/data (see its MANIFEST.md). */
final class SharedData {
  private SharedData() {}

  static Path file(String relative) {
    String root = System.getProperty("tiescan.shared.data", "../../shared/data");
    Path path = Path.of(root).resolve(relative);
    assumeTrue(Files.isRegularFile(path), "shared data file missing: " + path);
    return path;
  }

  private static final java.util.Map<String, List<CSVRecord>> CSV_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /** The records of a CSV file with a header row (read once per test run). */
  static List<CSVRecord> csv(String relative) throws IOException {
    List<CSVRecord> cached = CSV_CACHE.get(relative);
    if (cached != null) return cached;
    List<CSVRecord> records = read(relative);
    CSV_CACHE.put(relative, records);
    return records;
  }

  private static List<CSVRecord> read(String relative) throws IOException {
    try (Reader reader = Files.newBufferedReader(file(relative), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  /** ROR records of the Chinese sample: (Chinese-language name, English display name, ROR id). */
  static List<String[]> rorChineseNames() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String[]> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(file("publications/ror/ror-v2-cn-sample.jsonl"))) {
      JsonNode record = json.readTree(line);
      String display = null;
      List<String> chinese = new ArrayList<>();
      for (JsonNode name : record.get("names")) {
        String value = name.get("value").asText();
        if (name.path("lang").asText().equals("zh")) chinese.add(value);
        for (JsonNode type : name.get("types")) if (type.asText().equals("ror_display")) display = value;
      }
      for (String zh : chinese) pairs.add(new String[] {zh, display, record.get("id").asText()});
    }
    return pairs;
  }
}
