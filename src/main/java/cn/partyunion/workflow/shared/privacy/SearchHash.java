package cn.partyunion.workflow.shared.privacy;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.stereotype.Component;

/**
 * MyBatis type handler of a search-hash parameter: the plain value goes to the database as {@link
 * PersonalDataCipher#searchHash} (64 hex characters), for an insert or an equality search. Results
 * are read as stored. Named in the mapper XML ({@code typeHandler=}); see {@link EncryptedText} for
 * why it is no {@code BaseTypeHandler}.
 */
@Component
public class SearchHash implements TypeHandler<String> {

  private final PersonalDataCipher cipher;

  public SearchHash(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType)
      throws SQLException {
    if (parameter == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, cipher.searchHash(parameter));
    }
  }

  @Override
  public String getResult(ResultSet rs, String columnName) throws SQLException {
    return rs.getString(columnName);
  }

  @Override
  public String getResult(ResultSet rs, int columnIndex) throws SQLException {
    return rs.getString(columnIndex);
  }

  @Override
  public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
    return cs.getString(columnIndex);
  }
}
