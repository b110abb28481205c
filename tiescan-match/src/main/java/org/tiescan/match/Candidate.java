package org.tiescan.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tiescan.match.score.PreparedName;
import org.tiescan.match.score.TokenRarity;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.text.NameAnalyzer;

/**
 * An entity as the scorer sees it: prepared names (with the property each came from), identifier
 * lookup keys, countries; the full entity is loaded only for results that are returned.
 */
record Candidate(String id, String schema, List<PreparedName> names, List<String> nameProps,
    Map<String, String> identifiers, Set<String> countries, Supplier<Entity> entity) {

  static Candidate of(Entity e, NameAnalyzer analyzer, TokenRarity rarity) {
    List<PreparedName> names = new ArrayList<>();
    List<String> props = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String prop : Prop.NAMES) {
      for (String n : e.values(prop)) {
        if (seen.add(n)) {
          names.add(PreparedName.of(analyzer.analyze(n), rarity));
          props.add(prop);
        }
      }
    }
    return new Candidate(e.id(), e.schema(), names, props, identifierKeys(e), countries(e), () -> e);
  }

  /** Lookup key → human label ("ISIN CNE100000PM8") of every identifier of the entity. */
  static Map<String, String> identifierKeys(Entity e) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String prop : Prop.IDENTIFIERS) {
      for (String raw : e.values(prop)) {
        for (String key : Identifiers.keys(raw)) out.putIfAbsent(key, Identifiers.label(prop) + " " + raw);
      }
    }
    return out;
  }

  static Set<String> countries(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    for (String prop : Prop.COUNTRIES) {
      for (String c : e.values(prop)) out.add(c.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
