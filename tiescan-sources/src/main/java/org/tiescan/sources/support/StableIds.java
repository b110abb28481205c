package org.tiescan.sources.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, for records that carry no id of their own (e.g. the 2019 CSL format). */
public final class StableIds {
  private StableIds() {}

  /**
   * SHA-1 over the parts joined by a line feed, as 40 lower-case hex digits: the same parts give the
   * same id in every run and every version of the file.
   */
  public static String sha1(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(md.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java platform", e);
    }
  }
}
