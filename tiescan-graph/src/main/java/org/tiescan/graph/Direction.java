package org.tiescan.graph;

/** Which way a walk follows links. */
public enum Direction {
  /** From a party to those that control it: parents, owners, brand owners. */
  UP,
  /** From a party to those it controls: subsidiaries, owned companies, brands, units. */
  DOWN,
  /** Both ways: the whole corporate family, siblings included. */
  BOTH
}
