/**
 * Evaluation of the matcher on labelled pairs built from the real lists: the generator of the sets
 * kept in {@code src/test/resources/eval/} and the evaluator that prints precision, recall, F1 and
 * throughput (see docs/matching.md, "Evaluation").
 */
package org.tiescan.match.eval;
