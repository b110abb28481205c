package org.tiescan.bench.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.bench.gen.QueryCase;

/** Labelled queries with their truth in a CSV file, so a kept benchmark work directory can be rerun. */
final class QueryCases {
  private static final String[] HEADER = {"name", "country", "truth_id", "kind"};

  private QueryCases() {}

  static boolean exists(Path csv) {
    return Files.isRegularFile(csv);
  }

  static void write(List<QueryCase> queries, Path csv) throws IOException {
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      for (QueryCase q : queries) p.printRecord(q.name(), q.country(), q.truthId(), q.kind());
    }
  }

  static List<QueryCase> read(Path csv) throws IOException {
    List<QueryCase> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).get().parse(r)) {
        out.add(new QueryCase(rec.get("name"), rec.get("country"), rec.get("truth_id"), rec.get("kind")));
      }
    }
    return out;
  }
}
