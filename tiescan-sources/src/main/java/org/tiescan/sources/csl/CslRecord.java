package org.tiescan.sources.csl;

import java.util.List;

/**
 * One CSL entry with the fields trade.gov publishes, in the same shape whether it came from the
 * CSV download (multi-values joined by "; ") or the JSON form (arrays), so that both readers build
 * identical entities through {@link CslMapper}.
 *
 * @param id trade.gov's {@code _id} (or the derived id for files without one)
 * @param line where the record starts in its file, for problem reports
 */
record CslRecord(
    String id,
    long line,
    String source,
    String entityNumber,
    String type,
    List<String> programs,
    String name,
    String title,
    List<String> addresses,
    String federalRegisterNotice,
    String startDate,
    String endDate,
    String licenseRequirement,
    String licensePolicy,
    String callSign,
    String vesselType,
    String grossTonnage,
    String grossRegisteredTonnage,
    String vesselFlag,
    String vesselOwner,
    String remarks,
    String sourceListUrl,
    List<String> altNames,
    List<String> citizenships,
    List<String> datesOfBirth,
    List<String> nationalities,
    List<String> placesOfBirth,
    String sourceInformationUrl,
    List<Id> ids) {

  /** One entry of the {@code ids} field: "CN, 91330000733796106P, Unified Social Credit Code (USCC)". */
  record Id(String type, String number, String country) {}
}
