package org.tiescan.store;

/**
 * How careful an import is.
 *
 * @param force make the new version current even when it looks implausible
 * @param minimumRatio the smallest acceptable new/current record count ratio (0.5: refuse a list
 *     that shrank by more than half, the usual sign of a truncated download)
 */
public record ImportOptions(boolean force, double minimumRatio) {
  public static final ImportOptions DEFAULT = new ImportOptions(false, 0.5);

  public ImportOptions {
    if (minimumRatio < 0 || minimumRatio > 1) {
      throw new IllegalArgumentException("minimumRatio must be in [0,1]: " + minimumRatio);
    }
  }

  public ImportOptions forced() {
    return new ImportOptions(true, minimumRatio);
  }
}
