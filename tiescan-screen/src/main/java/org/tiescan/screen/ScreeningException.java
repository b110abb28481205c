package org.tiescan.screen;

/** The screening engine failed on a record; an internal error, not a problem with the input. */
public class ScreeningException extends RuntimeException {
  public ScreeningException(String message, Throwable cause) {
    super(message, cause);
  }
}
