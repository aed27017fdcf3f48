package cn.partyunion.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelledTest {

  enum Light implements Labelled {
    GREEN("绿灯"),
    RED("红灯");

    private final String label;

    Light(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  enum Answer implements Labelled {
    YES,
    RED;

    @Override
    public String label() {
      return name().equals("YES") ? "是" : "红色";
    }
  }

  static final class NoEnum implements Labelled {
    @Override
    public String label() {
      return "无";
    }
  }

  @Test
  void givesTheLabelOfTheFirstEnumWithTheName() {
    assertThat(Labelled.labelOf("RED", Light.class, Answer.class)).contains("红灯");
    assertThat(Labelled.labelOf("YES", Light.class, Answer.class)).contains("是");
  }

  @Test
  void givesNothingForNullOrAnUnknownName() {
    assertThat(Labelled.labelOf(null, Light.class)).isEmpty();
    assertThat(Labelled.labelOf("BLUE", Light.class, Answer.class)).isEmpty();
  }

  @Test
  void refusesAClassThatIsNoEnum() {
    assertThatThrownBy(() -> Labelled.labelOf("X", NoEnum.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
