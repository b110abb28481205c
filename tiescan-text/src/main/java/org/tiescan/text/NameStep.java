package org.tiescan.text;

/** One normalisation step on a name, e.g. NFKC, case folding, Han to pinyin. Steps compose with {@link #then}. */
@FunctionalInterface
public interface NameStep {
  String apply(String name);

  default NameStep then(NameStep next) {
    return s -> next.apply(apply(s));
  }
}
