package org.tiescan.sources.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.SourceFormatException;

/**
 * Decodes UTF-8 with a reporting decoder and knows the line of the first bad byte. It decodes
 * itself rather than through InputStreamReader because that one throws away the characters decoded
 * just before the bad byte, which would put the reported line off. Every character before the
 * error is handed out first; the next read then throws {@link SourceFormatException}.
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  private long newlines;
  private CoderResult pendingError;
  private boolean eof;

  StrictUtf8Reader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!chars.hasRemaining()) {
      if (pendingError != null) throw encodingError(pendingError);
      if (eof) return -1;
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') newlines++;
    }
    return n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read > 0) bytes.position(bytes.position() + read);
    bytes.flip();
    boolean endOfInput = read < 0;
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    if (endOfInput && !result.isError()) {
      result = decoder.flush(chars);
      eof = true;
      if (bytes.hasRemaining()) pendingError = CoderResult.malformedForLength(bytes.remaining());
    }
    if (result.isError()) pendingError = result;
    chars.flip();
  }

  private SourceFormatException encodingError(CoderResult error) {
    return new SourceFormatException(new RecordProblem(file, newlines + 1, null,
        "not valid UTF-8 (" + (error.isMalformed() ? "malformed" : "unmappable") + " byte sequence of "
            + error.length() + " byte(s)); convert the file to UTF-8"));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
