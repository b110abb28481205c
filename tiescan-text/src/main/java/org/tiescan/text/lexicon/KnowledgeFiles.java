package org.tiescan.text.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The bundled knowledge files the standard analyzer reads, and one digest of their bytes. A match index
 * keeps the digest of the files it was built with: a changed file (a new legal form, a pinyin reading)
 * changes how list names are analysed, and an index analysed with the old files must be rebuilt, which a
 * handful of probe names would not always notice.
 */
public final class KnowledgeFiles {
  /** Every file under {@code /org/tiescan/text/} ({@code KnowledgeFilesTest} checks the list is whole). */
  public static final List<String> NAMES = List.of("abbreviations.tsv", "acronyms.tsv", "conventional-names.tsv",
      "generic-words.tsv", "han-pinyin-overrides.tsv", "han-pinyin.txt", "han-surname-readings.tsv",
      "han-traditional-simplified.txt", "legal-forms.tsv", "places.tsv", "regional-names.tsv", "stopwords.tsv");

  private KnowledgeFiles() {}

  /** SHA-256 over every file's name and bytes, in {@link #NAMES} order, as hex; computed once. */
  public static String digest() {
    return Holder.DIGEST;
  }

  private static final class Holder {
    static final String DIGEST = compute();
  }

  private static String compute() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : NAMES) {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(Lexicon.DIR + name)) {
          if (in == null) throw new IllegalStateException("missing resource " + Lexicon.DIR + name);
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the knowledge files", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
