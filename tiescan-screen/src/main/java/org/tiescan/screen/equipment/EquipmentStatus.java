package org.tiescan.screen.equipment;

/** The outcome for one asset. */
public enum EquipmentStatus {
  /** Evidence ties the asset to a covered manufacturer (see the confidence). */
  FLAGGED,
  /** Screened, and no evidence ties it to a covered manufacturer (on the data used). */
  CLEAR,
  /** Cannot be told: locally administered/randomised or unassigned MAC, no vendor. Not clean. */
  UNKNOWN,
  /** The MAC address cannot belong to one device (multicast/broadcast). */
  INVALID,
  /** The input line could not be read; see the problem. */
  PROBLEM
}
