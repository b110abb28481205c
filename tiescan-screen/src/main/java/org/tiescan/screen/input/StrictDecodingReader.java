package org.tiescan.screen.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes and refuses invalid ones instead of silently replacing them, so a file in the wrong
 * encoding fails with the line of the first bad byte rather than screening garbled names. Also drops a
 * leading byte-order mark.
 */
final class StrictDecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  private long newlinesDelivered;
  private boolean eof;
  private boolean flushed;
  private boolean started;

  StrictDecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (!chars.hasRemaining() && !fill()) return -1;
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private boolean fill() throws IOException {
    // readers may be asked again after the end; the decoder must not be driven past its flush
    if (flushed) return false;
    chars.clear();
    while (chars.position() == 0) {
      if (!eof) readMoreBytes();
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) throw undecodable(result);
      if (eof) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
    }
    chars.flip();
    if (!started && chars.hasRemaining() && chars.get(0) == '\uFEFF') chars.position(1);
    started = true;
    newlinesDelivered += newlines(chars, chars.position(), chars.limit());
    return chars.hasRemaining();
  }

  private void readMoreBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) eof = true;
    else bytes.position(bytes.position() + n);
    bytes.flip();
  }

  private UndecodableInputException undecodable(CoderResult result) {
    long line = newlinesDelivered + newlines(chars, 0, chars.position()) + 1;
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      hex.append(String.format(" 0x%02X", bytes.get(bytes.position() + i) & 0xff));
    }
    return new UndecodableInputException(line, decoder.charset().name(), hex.toString().strip());
  }

  private static long newlines(CharBuffer buf, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) if (buf.get(i) == '\n') n++;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Bytes at {@code line} that are not valid in the charset. */
  static final class UndecodableInputException extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    UndecodableInputException(long line, String charset, String bytes) {
      super("bytes " + bytes + " are not valid " + charset
          + "; save the file as UTF-8 or give its encoding with --encoding (e.g. windows-1252, GB18030)");
      this.line = line;
    }
  }
}
