/**
 * The name scorer: {@link org.tiescan.match.score.PreparedName} (an analysed name made ready once),
 * {@link org.tiescan.match.score.NameScorer} (token alignment: exact, alternative, compound, acronym,
 * fuzzy; weighing by token kind and rarity) and {@link org.tiescan.match.score.TokenRarity}, the
 * extension point through which an index supplies how common each token is.
 */
package org.tiescan.match.score;
