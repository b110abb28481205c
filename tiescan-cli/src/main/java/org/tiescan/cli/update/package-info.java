/**
 * Downloading official lists for {@code tiescan lists update}: where each list is published
 * ({@link org.tiescan.cli.update.ListAddresses}) and a careful HTTP download
 * ({@link org.tiescan.cli.update.Downloader}) that refuses error pages, truncated bodies, oversized
 * files and stalled transfers, so that only a complete copy ever reaches the store's atomic import.
 */
package org.tiescan.cli.update;
