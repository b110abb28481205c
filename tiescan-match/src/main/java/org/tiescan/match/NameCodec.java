package org.tiescan.match;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/**
 * Stores an analysed name in one string so the index need not re-run the analyzer (ICU
 * transliteration is the slow part) on every candidate. Control characters separate the parts; they
 * never survive normalisation into token texts.
 */
final class NameCodec {
  private static final char NAME_SEP = '\u001F';
  private static final char TOKEN_SEP = '\u001E';
  private static final char FIELD_SEP = '\u001D';
  private static final char ALT_SEP = '\u001C';
  private static final TokenKind[] KINDS = TokenKind.values();

  private NameCodec() {}

  /** A name with the entity property it came from ({@code name}, {@code alias}...). */
  record StoredName(String prop, AnalyzedName name) {}

  static String encode(String prop, AnalyzedName n) {
    StringBuilder out = new StringBuilder();
    out.append(clean(prop)).append(NAME_SEP).append(clean(n.original())).append(NAME_SEP).append(clean(n.script()));
    for (NameToken t : n.tokens()) {
      out.append(TOKEN_SEP).append(clean(t.text())).append(FIELD_SEP).append(clean(t.source()))
          .append(FIELD_SEP).append(t.kind().ordinal()).append(FIELD_SEP).append(clean(t.via())).append(FIELD_SEP);
      for (int i = 0; i < t.alternatives().size(); i++) {
        if (i > 0) out.append(ALT_SEP);
        out.append(clean(t.alternatives().get(i)));
      }
    }
    return out.toString();
  }

  static StoredName decode(String s) {
    List<String> parts = split(s, TOKEN_SEP);
    List<String> head = split(parts.get(0), NAME_SEP);
    List<NameToken> tokens = new ArrayList<>(parts.size() - 1);
    for (int i = 1; i < parts.size(); i++) {
      List<String> f = split(parts.get(i), FIELD_SEP);
      List<String> alts = f.get(4).isEmpty() ? List.of() : withoutTrailingEmpty(split(f.get(4), ALT_SEP));
      tokens.add(new NameToken(f.get(0), f.get(1), KINDS[Integer.parseInt(f.get(2))], alts, f.get(3)));
    }
    return new StoredName(head.get(0), new AnalyzedName(head.get(1), head.get(2), tokens));
  }

  /** As {@code String.split} without a limit leaves them out. */
  private static List<String> withoutTrailingEmpty(List<String> parts) {
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) parts.remove(parts.size() - 1);
    return parts;
  }

  /** Like {@code String.split(sep, -1)} without the regular-expression machinery: decoding is on the hot path. */
  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
      out.add(s.substring(from, at));
      from = at + 1;
    }
    out.add(s.substring(from));
    return out;
  }

  private static String clean(String s) {
    if (s == null) return "";
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean sep = ch >= '\u001C' && ch <= '\u001F';
      if (sep && out == null) out = new StringBuilder(s.substring(0, i));
      if (out != null && !sep) out.append(ch);
    }
    return out == null ? s : out.toString();
  }
}
