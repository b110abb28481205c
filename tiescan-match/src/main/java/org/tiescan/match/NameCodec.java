package org.tiescan.match;

import java.util.ArrayList;
import java.util.Arrays;
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
    String[] parts = s.split(String.valueOf(TOKEN_SEP), -1);
    String[] head = parts[0].split(String.valueOf(NAME_SEP), -1);
    List<NameToken> tokens = new ArrayList<>(parts.length - 1);
    for (int i = 1; i < parts.length; i++) {
      String[] f = parts[i].split(String.valueOf(FIELD_SEP), -1);
      List<String> alts = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(String.valueOf(ALT_SEP)));
      tokens.add(new NameToken(f[0], f[1], KINDS[Integer.parseInt(f[2])], alts, f[3]));
    }
    return new StoredName(head[0], new AnalyzedName(head[1], head[2], tokens));
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
