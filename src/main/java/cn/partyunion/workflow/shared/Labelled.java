package cn.partyunion.workflow.shared;

import java.util.Optional;

/**
 * An enum whose constants users see. The constant's name is what the application stores and forms
 * submit (process variables, tables, form option values); {@link #label()} is the Chinese text
 * shown for it (API labels, timelines, spreadsheets, form option labels). Implemented by enums
 * only.
 */
public interface Labelled {

  /** The Chinese label users read. */
  String label();

  /**
   * The label of the constant named {@code name} in the first of the enums {@code types} that has
   * such a constant.
   *
   * @return empty for {@code null} or a name none of the enums has
   */
  @SafeVarargs
  static Optional<String> labelOf(String name, Class<? extends Labelled>... types) {
    for (Class<? extends Labelled> type : types) {
      Labelled[] constants = type.getEnumConstants();
      if (constants == null) {
        throw new IllegalArgumentException(type.getName() + " is not an enum");
      }
      for (Labelled constant : constants) {
        if (((Enum<?>) constant).name().equals(name)) {
          return Optional.of(constant.label());
        }
      }
    }
    return Optional.empty();
  }
}
