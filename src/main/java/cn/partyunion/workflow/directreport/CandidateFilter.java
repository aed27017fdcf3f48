package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The 信息库 filters of DOMAIN §8, validated ({@link CandidateQueryService#filter}), as the mapper
 * reads them. Each field is optional ({@code null} = no filter).
 *
 * @param namePrefix {@code q} as a LIKE pattern for a name prefix (wildcards escaped with {@code
 *     !})
 * @param recordNo {@code q} as a record number
 * @param idNumber {@code q} when it is a full resident ID number (normalized, upper-case {@code
 *     X}): searched by its keyed hash ({@code id_number_hash}, issue 16), {@code namePrefix} and
 *     {@code recordNo} then {@code null}
 * @param nominatedFrom first moment of the {@code nominatedFrom} day (inclusive)
 * @param nominatedBefore first moment after the {@code nominatedTo} day (exclusive)
 * @param visibleEnterprises the enterprises the caller may see, {@code null} = all
 * @param sortColumn a whitelisted SQL sort expression (never client text)
 */
public record CandidateFilter(
    String namePrefix,
    String recordNo,
    String idNumber,
    String parkCode,
    String enterpriseCode,
    String status,
    String stage,
    String talentCategory,
    String education,
    String gender,
    LocalDateTime nominatedFrom,
    LocalDateTime nominatedBefore,
    LocalDateTime approvedFrom,
    LocalDateTime approvedBefore,
    List<String> visibleEnterprises,
    String sortColumn,
    boolean descending) {

  /** The start of {@code day}, or {@code null}. */
  static LocalDateTime from(LocalDate day) {
    return day == null ? null : day.atStartOfDay();
  }

  /** The start of the day after {@code day} (an inclusive end day), or {@code null}. */
  static LocalDateTime before(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay();
  }
}
