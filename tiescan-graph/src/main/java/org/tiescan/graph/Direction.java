package org.tiescan.graph;

/** Which way a walk follows links. */
public enum Direction {
  /** From a party to those that control it: parents, owners, brand owners. */
  UP,
  /** From a party to those it controls: subsidiaries, owned companies, brands, units. */
  DOWN,
  /**
   * Up or down, without turning: the controlling chain above and the controlled tree below, but not
   * siblings (a parent's other subsidiaries). The default for screening hits.
   */
  UP_OR_DOWN,
  /** Any way, turning freely: the whole corporate family, siblings and cousins included. */
  BOTH
}
