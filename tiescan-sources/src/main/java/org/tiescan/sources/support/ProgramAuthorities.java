package org.tiescan.sources.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The legal basis of programs whose records carry no citation (e.g. OFAC's NS-CMIC entries give only
 * the program code CMIC-EO13959), from the cited table {@code program-authorities.tsv}, so that every
 * hit can show the order or rule it stands on.
 */
public final class ProgramAuthorities {
  private static final Map<String, List<String>> CITATIONS = load();

  private ProgramAuthorities() {}

  /** {@code published} when the record has citations; otherwise the citations of its programs, if known. */
  public static List<String> citations(List<String> programs, List<String> published) {
    if (!published.isEmpty()) return published;
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String p : programs) out.addAll(CITATIONS.getOrDefault(p.strip(), List.of()));
    return List.copyOf(out);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = ProgramAuthorities.class.getResourceAsStream("program-authorities.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        out.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read program-authorities.tsv", e);
    }
    return out;
  }
}
