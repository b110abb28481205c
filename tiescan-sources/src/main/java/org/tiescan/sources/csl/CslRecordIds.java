package org.tiescan.sources.csl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CSL record is a copy of a Treasury record. The CSL republishes OFAC's SDN and non-SDN
 * (NS-CMIC, SSI, …) records with OFAC's entity number as their {@code _id} (all 10,535 Treasury rows
 * of the May 2022 CSL do), so {@code us-ofac-cons:30946} (Hikvision on the NS-CMIC list) and
 * {@code us-csl:30946} are the same designation; the other CSL lists have hash ids and no copies.
 */
public final class CslRecordIds {
  private static final Pattern OFAC_RECORD = Pattern.compile("us-ofac-(?:sdn|cons):(\\d+)");

  private CslRecordIds() {}

  /** The source id of the CSL's copy of an OFAC record ({@code us-ofac-sdn:N}, {@code us-ofac-cons:N}), if it is one. */
  public static Optional<String> cslCopyOf(String sourceId) {
    Matcher m = OFAC_RECORD.matcher(sourceId);
    return m.matches() ? Optional.of(CslMapper.DATASET + ":" + m.group(1)) : Optional.empty();
  }
}
