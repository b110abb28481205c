package org.tiescan.screen.input;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * A stream of records from one input file, read lazily so a file of any size can be screened.
 * {@link #hasNext()} and {@link #next()} throw {@link InputException} when the file itself breaks
 * (e.g. invalid bytes for its encoding); problems with single rows come as records with a problem.
 */
public interface InputReader extends Iterator<InputRecord>, Closeable {
  /** The file name as the user gave it, for messages. */
  String file();

  /** The column names in file order (for JSON lines: the keys of the first record). */
  List<String> columns();

  /** How much of the file has been read, in [0,1], or -1 when the reader cannot tell. */
  default double fractionRead() {
    return -1;
  }

  @Override
  void close();
}
