package org.tiescan.screen.equipment;

/**
 * One assignment of the IEEE registries.
 *
 * @param registry MA-L (24-bit prefix), MA-M (28-bit) or MA-S (36-bit)
 * @param prefix the assigned prefix as upper-case hex digits (6, 7 or 9)
 * @param organization the registered owner, as IEEE publishes it
 */
public record OuiBlock(String registry, String prefix, String organization) {
  /** Prefix with its length in bits, e.g. {@code 4419B6/24}. */
  public String describe() {
    return prefix + "/" + prefix.length() * 4 + " (" + registry + ")";
  }
}
