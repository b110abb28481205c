package org.tiescan.sources.intl;

import org.tiescan.model.Dataset;
import org.tiescan.sources.ListSource;

/** An official XML list whose snapshot date is known only once its file has been read. */
abstract class DatedXmlSource implements ListSource {
  private final Dataset undated;
  private Dataset dataset;

  DatedXmlSource(Dataset undated) {
    this.undated = undated;
    this.dataset = undated;
  }

  @Override
  public final Dataset dataset() {
    return dataset;
  }

  /** Takes the snapshot date from the file's own header, an ISO date or date-time. */
  final void datedFromFile(String isoDateTime) {
    dataset = XmlDatasets.dated(undated, isoDateTime);
  }
}
