package cn.partyunion.workflow.shared.security;

import java.lang.reflect.Field;

/**
 * Reads a field of one of the engine's commands by name: Camunda 7.24's {@code impl.cmd} classes
 * expose their arguments (user, group id, authorization) only as fields. The tests of the checks
 * that use it fail when an upgrade renames one.
 */
public final class CommandFields {

  private CommandFields() {}

  /**
   * The value of field {@code name} declared by {@code command}'s class.
   *
   * @throws IllegalStateException when the class has no such field
   */
  @SuppressWarnings("unchecked")
  public static <V> V read(Object command, String name) {
    try {
      Field field = command.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          command.getClass().getName() + " has no field " + name + " (Camunda upgrade?)", e);
    }
  }
}
