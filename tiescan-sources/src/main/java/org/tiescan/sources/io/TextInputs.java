package org.tiescan.sources.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens list files as text the same way for every reader: gzip is detected by its magic bytes (not
 * the file name), the text must be UTF-8 and a bad byte is an error with its line number rather
 * than a silent U+FFFD, and a leading byte-order mark is dropped (the FCC file has one).
 */
public final class TextInputs {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private TextInputs() {}

  /** The file's bytes, decompressed when it is gzip. */
  public static InputStream openBytes(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    return raw;
  }

  /** Strict UTF-8 text of the file; decoding errors surface as SourceFormatException with the line. */
  public static Reader openText(Path file) throws IOException {
    Reader counted = new StrictUtf8Reader(openBytes(file), file.toString());
    return skipByteOrderMark(new BufferedReader(counted, 1 << 16));
  }

  /** Like {@link #openText} but line by line. */
  public static BufferedReader openLines(Path file) throws IOException {
    return new BufferedReader(openText(file), 1 << 16);
  }

  private static Reader skipByteOrderMark(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') pushback.unread(first);
    return pushback;
  }

  /** True when the path names a gzip file by its name (for writers choosing to compress). */
  public static boolean isGzipName(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }
}
