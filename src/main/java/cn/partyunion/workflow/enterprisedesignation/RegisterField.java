package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.web.SheetRows;

/**
 * A column of a register (DOMAIN §7): its field name (JSON and sheet header), its Chinese label
 * (the export's header, accepted by the import too), its kind, the column length in characters,
 * whether a row must fill it and whether no two rows may share its value.
 */
record RegisterField(
    String name, String label, Kind kind, int maxLength, boolean required, boolean unique) {

  /** What a value of the column must look like. */
  enum Kind {
    /** An engine id ({@code [a-zA-Z0-9]+}, Camunda's id whitelist): codes and user ids. */
    ID,
    /** A plain text (PlainText characters). */
    TEXT,
    /** 是/否 ({@code true/false}, {@code 1/0}); empty = 否. */
    FLAG,
    /** A unified social credit code with its GB 32100-2015 check character. */
    CREDIT_CODE,
    /** An 11-digit mainland mobile number. */
    MOBILE
  }

  /** The row's key: a required, unique engine id. */
  static RegisterField key(String name, String label, int maxLength) {
    return new RegisterField(name, label, Kind.ID, maxLength, true, true);
  }

  static RegisterField id(String name, String label, int maxLength, boolean required) {
    return new RegisterField(name, label, Kind.ID, maxLength, required, false);
  }

  static RegisterField text(String name, String label, int maxLength, boolean required) {
    return new RegisterField(name, label, Kind.TEXT, maxLength, required, false);
  }

  static RegisterField flag(String name, String label) {
    return new RegisterField(name, label, Kind.FLAG, 5, false, false);
  }

  /** This field, no two rows sharing a value. */
  RegisterField distinct() {
    return new RegisterField(name, label, kind, maxLength, required, true);
  }

  /** The sheet column: a required field's column must be in the header row. */
  SheetRows.Column column() {
    return new SheetRows.Column(name, label, required);
  }
}
