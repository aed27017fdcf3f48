package cn.partyunion.workflow.memberdevelopment;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The register of Party branches ({@code md_branch}). */
@Mapper
public interface BranchMapper {

  List<Branch> findAll();

  /** The branches among these codes (a user's groups). */
  List<Branch> findByCodes(@Param("codes") Collection<String> codes);

  /** The enterprise's branch (the first by code if it has several), or {@code null}. */
  Branch findByEnterprise(@Param("enterpriseCode") String enterpriseCode);
}
