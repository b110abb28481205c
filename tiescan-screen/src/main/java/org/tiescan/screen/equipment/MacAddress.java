package org.tiescan.screen.equipment;

import java.util.Locale;
import java.util.Optional;

/**
 * A 48-bit MAC address, kept as 12 upper-case hex digits. Accepts the usual spellings:
 * {@code 44:19:B6:01:02:03}, {@code 44-19-b6-01-02-03} (Windows), {@code 4419.b601.0203} (Cisco)
 * and bare {@code 4419B6010203}.
 */
public record MacAddress(String hex) {
  public MacAddress {
    if (hex == null || !hex.matches("[0-9A-F]{12}")) throw new IllegalArgumentException("not a MAC address: " + hex);
  }

  /** The address, or empty when {@code text} is not a MAC address in one of the accepted spellings. */
  public static Optional<MacAddress> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.strip();
    boolean shaped = t.matches("(?i)[0-9a-f]{1,2}([:-])[0-9a-f]{1,2}(\\1[0-9a-f]{1,2}){4}")
        || t.matches("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}") || t.matches("(?i)[0-9a-f]{12}");
    if (!shaped) return Optional.empty();
    StringBuilder hex = new StringBuilder(12);
    // arp on macOS/BSD drops leading zeros ("0:1b:..."): pad each group back to two digits
    for (String group : t.split("[:.-]")) {
      if (t.contains(":") || t.contains("-")) hex.append(group.length() == 1 ? "0" : "").append(group);
      else hex.append(group);
    }
    return Optional.of(new MacAddress(hex.toString().toUpperCase(Locale.ROOT)));
  }

  private int firstOctet() {
    return Integer.parseInt(hex.substring(0, 2), 16);
  }

  /** Group bit (I/G, 0x01 of the first octet): a multicast/broadcast address, never one device. */
  public boolean multicast() {
    return (firstOctet() & 0x01) != 0;
  }

  /**
   * Locally administered bit (U/L, 0x02 of the first octet): set by software, e.g. the randomised
   * addresses of phones and laptops; the manufacturer cannot be told from it.
   */
  public boolean locallyAdministered() {
    return (firstOctet() & 0x02) != 0;
  }

  /** Colon-separated, upper case, e.g. {@code 44:19:B6:01:02:03}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) out.append(i == 0 ? "" : ":").append(hex, i, i + 2);
    return out.toString();
  }
}
