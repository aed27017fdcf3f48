package cn.partyunion.workflow.directreport;

import java.time.LocalDateTime;

/** A mentor ({@code MENTOR}) or inspector ({@code INSPECTOR}) of a case (table dr_pairing). */
public record PairingEntry(
    String role, String personName, String phone, String namedBy, LocalDateTime namedAt) {}
