package org.tiescan.text;

/** What a name token says about the organisation; the matcher weights tokens by kind. */
public enum TokenKind {
  /** A word that tells this organisation apart (Hikvision, Dahua, Megvii). */
  DISTINCTIVE,
  /** An industry or institution word (Technology, Digital, University, Public Security Bureau). */
  GENERIC,
  /** A place name (Hangzhou, Xinjiang, China). */
  PLACE,
  /** A legal form (Co., Ltd., GmbH, 有限公司); ignored for matching, shown in explanations. */
  LEGAL_FORM,
  /** A function word (of, the, and). */
  STOPWORD,
  /** Digits. */
  NUMBER
}
