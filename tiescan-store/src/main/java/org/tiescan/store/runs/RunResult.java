package org.tiescan.store.runs;

/**
 * One candidate for one input record of a run; (run, recordNo, entityId) is its key, the key
 * review decisions attach to.
 *
 * @param recordNo 1-based number of the input record
 * @param entityId the list entity
 * @param entityHash the entity's content hash at screening time (evidence for later decisions), or null
 * @param inputJson the input record's fields as JSON
 * @param score in [0,1]
 * @param match whether the score reached the run's threshold
 * @param explanationJson why it scored so, as JSON
 */
public record RunResult(
    long recordNo,
    String entityId,
    String entityHash,
    String inputJson,
    double score,
    boolean match,
    String explanationJson) {}
