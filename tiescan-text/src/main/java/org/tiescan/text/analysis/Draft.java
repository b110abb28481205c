package org.tiescan.text.analysis;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/** A token while it is being analysed; {@code kind} stays null until a rule decides it. */
final class Draft {
  String text;
  final String source;
  String via;
  TokenKind kind;
  final List<String> alternatives = new ArrayList<>();

  Draft(String text, String source, String via, TokenKind kind) {
    this.text = text;
    this.source = source;
    this.via = via;
    this.kind = kind;
  }

  void addAlternative(String alternative) {
    if (!alternative.isEmpty() && !alternative.equals(text) && !alternatives.contains(alternative)) {
      alternatives.add(alternative);
    }
  }

  NameToken toToken() {
    return new NameToken(text, source, kind == null ? TokenKind.DISTINCTIVE : kind, alternatives, via);
  }

  @Override
  public String toString() {
    return text + "/" + kind;
  }
}
