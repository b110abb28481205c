/**
 * Equipment screening (issue 11): finds equipment of manufacturers covered by NDAA FY2019 §889(f)(3)
 * and the FCC Covered List (Huawei, ZTE, Hytera, Hikvision, Dahua, their subsidiaries and brands) in
 * asset inventories ({@link org.tiescan.screen.equipment.InventoryReader}), nmap XML reports
 * ({@link org.tiescan.screen.equipment.NmapXmlReader}) and ARP tables
 * ({@link org.tiescan.screen.equipment.ArpTableReader}).
 *
 * <p>Evidence: the IEEE MAC registries ({@link org.tiescan.screen.equipment.OuiRegistry}, longest
 * prefix wins), names resolved through the matching engine and the curated ownership graph
 * ({@link org.tiescan.screen.equipment.VendorResolver}), and documented OEM relationships
 * ({@link org.tiescan.screen.equipment.OemRelationships}). {@link org.tiescan.screen.equipment.EquipmentScreener}
 * turns it into a {@link org.tiescan.screen.equipment.EquipmentFinding} with status, confidence,
 * rules, evidence and a stable hit key for review decisions. Reports implement
 * {@link org.tiescan.screen.equipment.FindingSink}.
 */
package org.tiescan.screen.equipment;
