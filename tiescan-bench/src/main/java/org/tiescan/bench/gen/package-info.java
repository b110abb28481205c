/**
 * Generators of labelled query sets from real names: perturbed variants of list names (whose true
 * entity is known) and real unrelated organisation names (whose truth is "no match"), so recall and
 * false-positive rates can be measured at any size.
 */
package org.tiescan.bench.gen;
