/**
 * The screening as an Apache Spark job (issue 10): the same per-record screening as the local engine
 * ({@link org.tiescan.screen.engine}), run on executors over Parquet, CSV or JSON lines, with the list
 * index built once on the driver and shipped to the executors.
 */
package org.tiescan.spark;
