package org.tiescan.store;

/** Another process (or thread) is importing a list or building the index in the same data directory. */
public class ImportInProgressException extends StoreException {
  public ImportInProgressException(String message) {
    super(message);
  }
}
