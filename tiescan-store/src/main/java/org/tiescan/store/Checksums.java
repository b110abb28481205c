package org.tiescan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of an import's input: of the file, or for a multi-file directory (OFAC's sdn/alt/add) of
 * every regular file in name order, each preceded by its relative name so renames change the sum.
 */
public final class Checksums {
  private Checksums() {}

  public static String sha256(Path location) throws IOException {
    MessageDigest md = newDigest();
    if (Files.isDirectory(location)) {
      for (Path f : filesIn(location)) {
        md.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        digest(f, md);
      }
    } else {
      digest(location, md);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** SHA-256 of a string in UTF-8, hex; used for entity content hashes. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void digest(Path file, MessageDigest md) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStreamNull.INSTANCE);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override public void write(int b) {}
    @Override public void write(byte[] b, int off, int len) {}
  }
}
