package org.tiescan.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiescan.match.score.PreparedName;
import org.tiescan.match.score.TokenRarity;
import org.tiescan.text.NameAnalyzer;

/** A {@link Query} analysed once: prepared names, identifier lookup keys, lower-case countries. */
record PreparedQuery(String schema, List<PreparedName> names, Map<String, String> identifiers, Set<String> countries) {

  static PreparedQuery of(Query q, NameAnalyzer analyzer, TokenRarity rarity) {
    List<PreparedName> names = new ArrayList<>();
    for (String n : q.names()) {
      if (n != null && !n.isBlank()) names.add(PreparedName.of(analyzer.analyze(Query.matchedPart(n)), rarity));
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String raw : q.identifiers()) {
      for (String key : Identifiers.keys(raw)) ids.putIfAbsent(key, raw);
    }
    Set<String> countries = new LinkedHashSet<>();
    for (String c : q.countries()) {
      if (c != null && !c.isBlank()) countries.add(c.strip().toLowerCase(Locale.ROOT));
    }
    return new PreparedQuery(q.schema(), names, ids, countries);
  }
}
