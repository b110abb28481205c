package org.tiescan.screen.equipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides for one asset whether covered equipment is likely: the MAC address's IEEE block and its
 * registered owner, the vendor field, and documented OEM relationships, each tied to a covered
 * manufacturer by {@link VendorResolver}. The strongest evidence sets the confidence; all of it is
 * kept. A MAC address that cannot name its maker (locally administered, randomised, unassigned) makes
 * the asset UNKNOWN, never CLEAR, unless the vendor field ties it to a covered manufacturer.
 */
public final class EquipmentScreener {
  private final OuiRegistry registry;
  private final VendorResolver vendors;
  private final OemRelationships oem;

  public EquipmentScreener(OuiRegistry registry, VendorResolver vendors, OemRelationships oem) {
    this.registry = registry;
    this.vendors = vendors;
    this.oem = oem;
  }

  /** A tie to a covered manufacturer and the evidence behind it. */
  private record Lead(CoveredManufacturer manufacturer, Confidence confidence, List<Evidence> evidence) {}

  public EquipmentFinding screen(Asset asset) {
    if (asset.problem() != null) {
      return new EquipmentFinding(asset, EquipmentStatus.PROBLEM, null, null, List.of(), asset.problem().toString());
    }
    List<Evidence> evidence = new ArrayList<>();
    List<Lead> leads = new ArrayList<>();
    Optional<MacAddress> mac = MacAddress.parse(asset.mac());
    boolean macTellsMaker = false;
    if (mac.isPresent()) {
      MacAddress m = mac.get();
      if (m.multicast()) {
        return new EquipmentFinding(asset, EquipmentStatus.INVALID, null, null, List.of(new Evidence("mac",
            m + " has the group bit (0x01 of the first octet) set: a multicast or broadcast address, not one device")),
            "multicast/broadcast MAC address: not a device address");
      }
      macTellsMaker = macEvidence(m, evidence, leads);
    }
    vendorEvidence(asset.vendor(), leads);
    return decide(asset, mac.isPresent(), macTellsMaker, evidence, leads);
  }

  /** Adds what the MAC address says; true when it names its maker (a universally administered, assigned block). */
  private boolean macEvidence(MacAddress m, List<Evidence> evidence, List<Lead> leads) {
    if (m.locallyAdministered()) {
      evidence.add(new Evidence("mac", m + " is locally administered (bit 0x02 of the first octet set), e.g. a "
          + "randomised or virtual-machine address: it does not identify the manufacturer"));
      return false;
    }
    Optional<OuiBlock> block = registry.lookup(m);
    if (block.isEmpty()) {
      evidence.add(new Evidence("mac", "no IEEE assignment found for " + m + " in the loaded registries"));
      return false;
    }
    OuiBlock b = block.get();
    Evidence oui = new Evidence("oui", "MAC block " + b.describe() + " registered to " + b.organization(),
        b.describe() + " " + b.organization());
    evidence.add(oui);
    vendors.resolve(b.organization()).ifPresent(v -> leads.add(lead(v, "registry-name", oui)));
    return true;
  }

  private void vendorEvidence(String vendor, List<Lead> leads) {
    if (vendor.isEmpty()) return;
    vendors.resolve(vendor).ifPresent(v -> leads.add(lead(v, "vendor-name", null)));
    oem.lookup(vendor).ifPresent(r -> vendors.manufacturer(r.manufacturerId()).ifPresent(m ->
        leads.add(new Lead(m, Confidence.MEDIUM, List.of(new Evidence("oem", r.describe(), r.describe()))))));
  }

  private static Lead lead(VendorMatch v, String kind, Evidence first) {
    List<Evidence> ev = new ArrayList<>();
    if (first != null) ev.add(first);
    ev.add(new Evidence(kind, String.format(Locale.ROOT, "'%s' → %s by %s (score %.2f, matched '%s'): %s",
        v.queriedName(), v.manufacturer().name(), v.method(), v.score(), v.matchedName(), v.explanation()),
        v.method() + " '" + v.matchedName() + "'" + (v.matchedId() == null ? "" : " (" + v.matchedId() + ")")));
    v.path().forEach(step -> ev.add(new Evidence("ownership", step, step)));
    return new Lead(v.manufacturer(), v.confidence(), ev);
  }

  /** The manufacturer's curated entry and its version, so a decision made on an older entry reopens. */
  private List<Evidence> entry(CoveredManufacturer m) {
    return vendors.entryVersion(m).map(v -> List.of(new Evidence("entity", "curated entry " + m.curatedId()
        + " (version sha256:" + v.substring(0, 12) + ")", m.curatedId() + " " + v))).orElse(List.of());
  }

  private EquipmentFinding decide(Asset asset, boolean hasMac, boolean macTellsMaker,
      List<Evidence> macEvidence, List<Lead> leads) {
    if (!leads.isEmpty()) {
      Lead best = leads.stream().max(Comparator.comparing(Lead::confidence)).orElseThrow();
      List<Evidence> all = new ArrayList<>();
      leads.stream().filter(l -> l.manufacturer().equals(best.manufacturer())).forEach(l -> all.addAll(l.evidence()));
      macEvidence.stream().filter(e -> !all.contains(e)).forEach(all::add);
      leads.stream().filter(l -> !l.manufacturer().equals(best.manufacturer())).forEach(l -> all.addAll(l.evidence()));
      all.addAll(entry(best.manufacturer()));
      return new EquipmentFinding(asset, EquipmentStatus.FLAGGED, best.manufacturer(), best.confidence(), all,
          best.manufacturer().name() + " (" + best.confidence() + ")");
    }
    if (macTellsMaker) {
      return new EquipmentFinding(asset, EquipmentStatus.CLEAR, null, null, macEvidence,
          "MAC block and vendor not tied to a covered manufacturer");
    }
    if (!hasMac && !asset.vendor().isEmpty()) {
      return new EquipmentFinding(asset, EquipmentStatus.CLEAR, null, null, List.of(new Evidence("vendor-name",
          "'" + asset.vendor() + "' is not a name of a covered manufacturer or a documented subsidiary, brand or OEM")),
          "vendor not tied to a covered manufacturer (no MAC address to check)");
    }
    return new EquipmentFinding(asset, EquipmentStatus.UNKNOWN, null, null, macEvidence,
        hasMac ? "the MAC address does not identify its manufacturer" : "no MAC address and no vendor");
  }
}
