package org.tiescan.text;

import java.util.List;

/**
 * One token of an analysed name.
 *
 * @param text the normalised Latin form used for matching (lower case ASCII), e.g. {@code hangzhou}
 * @param source the part of the original name it came from, e.g. {@code 杭州} or {@code HANGZHOU}
 * @param kind what the token is (distinctive, generic, place, legal form...)
 * @param alternatives other forms that mean the same token, e.g. {@code technology} for {@code tech}
 *     or for {@code 科技}; may be empty
 * @param via how {@code text} was derived from {@code source}, for explanations, e.g. {@code han-latin},
 *     {@code abbreviation}, {@code translation}, or {@code literal}
 */
public record NameToken(String text, String source, TokenKind kind, List<String> alternatives, String via) {
  public NameToken {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** Whether the token counts for matching: everything but legal forms and stop words. */
  public boolean matching() {
    return kind != TokenKind.LEGAL_FORM && kind != TokenKind.STOPWORD;
  }

  public static NameToken literal(String text, String source, TokenKind kind) {
    return new NameToken(text, source, kind, List.of(), "literal");
  }
}
