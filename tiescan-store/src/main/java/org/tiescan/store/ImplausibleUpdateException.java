package org.tiescan.store;

/**
 * A new version looks broken compared with the current one (e.g. far fewer records, or none), so it
 * was not made current. Re-run with {@link ImportOptions#force()} if the shrink is real.
 */
public class ImplausibleUpdateException extends StoreException {
  private final long currentCount;
  private final long newCount;

  public ImplausibleUpdateException(String message, long currentCount, long newCount) {
    super(message);
    this.currentCount = currentCount;
    this.newCount = newCount;
  }

  public long currentCount() { return currentCount; }
  public long newCount() { return newCount; }
}
