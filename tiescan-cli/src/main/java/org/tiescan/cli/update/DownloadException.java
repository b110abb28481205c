package org.tiescan.cli.update;

/** A download that did not give a complete copy of the list; the message says why, for the user. */
public class DownloadException extends RuntimeException {
  public DownloadException(String message) {
    super(message);
  }

  public DownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
