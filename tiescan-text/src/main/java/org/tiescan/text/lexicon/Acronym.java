package org.tiescan.text.lexicon;

/**
 * A well-documented acronym of an organisation, e.g. {@code xpcc} → Xinjiang Production and
 * Construction Corps.
 *
 * @param acronym the acronym, normalised (lower case)
 * @param expansion the normalised expansion, words separated by spaces
 * @param source where the expansion is documented
 */
public record Acronym(String acronym, String expansion, String source) {}
