package org.tiescan.match.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The ways users mistype or shorten a listed organisation's name: case, punctuation, a dropped legal
 * form, swapped word order, a one-letter typo, common English abbreviations. Each returns null when
 * it does not apply to the name, so that no variant equals its original.
 */
final class Perturbations {
  static final Set<String> LEGAL_WORDS = Set.of("co", "co.", "co.,", "ltd", "ltd.", "limited", "inc", "inc.",
      "corp", "corp.", "corporation", "company", "llc", "jsc", "gmbh", "plc", "s.a.", "sa", "ooo", "oao", "zao",
      "pjsc", "ojsc", "pte", "pte.", "llp", "fze", "fzco", "s.a.s.", "srl", "sarl", "bhd");
  private static final Map<String, String> ABBREVIATIONS = Map.of("technology", "Tech", "technologies", "Tech",
      "international", "Intl", "corporation", "Corp", "company", "Co", "limited", "Ltd", "university", "Univ",
      "institute", "Inst", "group", "Grp", "science", "Sci");

  /** Name → variant functions, in a fixed order. */
  static final List<Map.Entry<String, BiFunction<String, Random, String>>> ALL = List.of(
      Map.entry("lower-case", (n, r) -> n.toLowerCase(Locale.ROOT)),
      Map.entry("no-punctuation", (n, r) -> n.replaceAll("[\\p{P}]+", " ").replaceAll("\\s+", " ").strip()),
      Map.entry("no-legal-form", (n, r) -> dropLegalForm(n)),
      Map.entry("word-order", (n, r) -> swapWords(n)),
      Map.entry("typo", Perturbations::typo),
      Map.entry("abbreviation", (n, r) -> abbreviate(n)),
      Map.entry("combined", (n, r) -> {
        String v = dropLegalForm(n);
        v = typo(v == null ? n : v, r);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
      }));

  private Perturbations() {}

  static String dropLegalForm(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
    boolean dropped = false;
    while (words.size() > 1 && LEGAL_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replaceAll(",$", ""))) {
      words.remove(words.size() - 1);
      dropped = true;
    }
    if (!dropped) return null;
    return String.join(" ", words).replaceAll("[,\\s]+$", "");
  }

  /** The first word moved to the end ("Hangzhou Hikvision" → "Hikvision Hangzhou"). */
  static String swapWords(String name) {
    String base = dropLegalForm(name);
    String[] words = (base == null ? name : base).split("\\s+");
    if (words.length < 2) return null;
    List<String> out = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
    out.add(words[0]);
    return String.join(" ", out).replace(",", "");
  }

  /** One letter of the longest word (6+ letters) deleted, doubled or swapped with its neighbour. */
  static String typo(String name, Random r) {
    String[] words = name.split("\\s+");
    int longest = -1;
    for (int i = 0; i < words.length; i++) {
      if (words[i].matches("\\p{L}{6,}") && (longest < 0 || words[i].length() > words[longest].length())) longest = i;
    }
    if (longest < 0) return null;
    String w = words[longest];
    int at = 1 + r.nextInt(w.length() - 2);
    words[longest] = switch (r.nextInt(3)) {
      case 0 -> w.substring(0, at) + w.substring(at + 1);
      case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
      default -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
    };
    return String.join(" ", words);
  }

  static String abbreviate(String name) {
    String[] words = name.split("\\s+");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String key = words[i].toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
      String abbr = ABBREVIATIONS.get(key);
      if (abbr != null) {
        words[i] = abbr + (words[i].endsWith(",") ? "," : "");
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }
}
