package org.tiescan.text.analysis;

import java.util.stream.Collectors;
import org.tiescan.text.AnalyzedName;

/** Compact rendering of tokens for golden tests: "hangzhou:P haikangweishi:D co:L". */
final class Tokens {
  private Tokens() {}

  static String render(AnalyzedName name) {
    return name.tokens().stream()
        .map(t -> t.text() + ":" + switch (t.kind()) {
          case DISTINCTIVE -> "D";
          case GENERIC -> "G";
          case PLACE -> "P";
          case LEGAL_FORM -> "L";
          case STOPWORD -> "S";
          case NUMBER -> "N";
        })
        .collect(Collectors.joining(" "));
  }
}
