package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;

class NameCodecTest {
  @Test
  void storedNamesComeBackEqual() {
    for (String name : new String[] {"杭州海康威视数字技术股份有限公司", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.",
        "Xinjiang Production and Construction Corps (XPCC)", "", "a\u001Fb"}) {
      AnalyzedName a = NameAnalyzers.standard().analyze(name);
      NameCodec.StoredName back = NameCodec.decode(NameCodec.encode("alias", a));
      assertThat(back.prop()).isEqualTo("alias");
      assertThat(back.name().tokens()).isEqualTo(a.tokens());
      assertThat(back.name().script()).isEqualTo(a.script());
    }
  }
}
