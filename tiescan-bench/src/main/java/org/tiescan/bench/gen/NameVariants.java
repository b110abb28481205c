package org.tiescan.bench.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The ways people mistype or restyle an organisation name when they enter it in a supplier master:
 * case, punctuation, a dropped legal form, swapped words, one typo. Each variant names its kind so
 * recall can be broken down by it.
 */
public final class NameVariants {
  /** One perturbation of a name. */
  public enum Kind { EXACT, CASE, PUNCTUATION, NO_LEGAL_FORM, SWAPPED, TYPO }

  private static final Pattern LEGAL_FORM_TAIL = Pattern.compile(
      "(?i)[,.\\s]+(co\\.?,?\\s*ltd\\.?|company limited|limited|ltd\\.?|corporation|corp\\.?|inc\\.?|llc|gmbh|"
          + "co\\.?|jsc|ooo|plc|s\\.a\\.|ag)\\s*$");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}]+");

  private final Random random;

  public NameVariants(long seed) {
    this.random = new Random(seed);
  }

  /** A variant of {@code name} of the given kind; may equal the name when the kind does not apply. */
  public String apply(Kind kind, String name) {
    return switch (kind) {
      case EXACT -> name;
      case CASE -> random.nextBoolean() ? name.toLowerCase(Locale.ROOT) : titleCase(name);
      case PUNCTUATION -> PUNCTUATION.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
      case NO_LEGAL_FORM -> stripLegalForms(name);
      case SWAPPED -> swapTwoWords(name);
      case TYPO -> typo(name);
    };
  }

  public Kind randomKind() {
    Kind[] kinds = Kind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  static String stripLegalForms(String name) {
    String out = name;
    for (String previous = null; !out.equals(previous); ) {
      previous = out;
      out = LEGAL_FORM_TAIL.matcher(out).replaceAll("").strip();
    }
    return out.isEmpty() ? name : out;
  }

  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }

  private String swapTwoWords(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
    if (words.size() < 2) return name;
    int i = random.nextInt(words.size() - 1);
    String w = words.get(i);
    words.set(i, words.get(i + 1));
    words.set(i + 1, w);
    return String.join(" ", words);
  }

  /** One edit (substitution, deletion or transposition) inside a word of five letters or more. */
  private String typo(String name) {
    List<Integer> starts = new ArrayList<>();
    String[] words = name.split(" ");
    int offset = 0;
    for (String w : words) {
      if (w.length() >= 5 && w.chars().allMatch(Character::isLetter)) starts.add(offset);
      offset += w.length() + 1;
    }
    if (starts.isEmpty()) return name;
    int start = starts.get(random.nextInt(starts.size()));
    int pos = start + 1 + random.nextInt(3);
    char[] chars = name.toCharArray();
    switch (random.nextInt(3)) {
      case 0 -> chars[pos] = (char) ('a' + random.nextInt(26));
      case 1 -> { char c = chars[pos]; chars[pos] = chars[pos + 1]; chars[pos + 1] = c; }
      default -> { return name.substring(0, pos) + name.substring(pos + 1); }
    }
    return new String(chars);
  }
}
