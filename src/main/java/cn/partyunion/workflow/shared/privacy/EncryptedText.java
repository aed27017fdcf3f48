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
 * MyBatis type handler of an encrypted column: a parameter is stored as {@link
 * PersonalDataCipher#encrypt}, a result is read back as plain text. Named in the mapper XML ({@code
 * typeHandler=}); it implements {@link TypeHandler} directly (no {@code TypeReference}), so the
 * registration of this bean does not replace MyBatis's handler of every {@code String}.
 *
 * @throws PersonalDataException on reading a value that does not decrypt
 */
@Component
public class EncryptedText implements TypeHandler<String> {

  private final PersonalDataCipher cipher;

  public EncryptedText(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType)
      throws SQLException {
    if (parameter == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, cipher.encrypt(parameter));
    }
  }

  @Override
  public String getResult(ResultSet rs, String columnName) throws SQLException {
    return cipher.decrypt(rs.getString(columnName));
  }

  @Override
  public String getResult(ResultSet rs, int columnIndex) throws SQLException {
    return cipher.decrypt(rs.getString(columnIndex));
  }

  @Override
  public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
    return cipher.decrypt(cs.getString(columnIndex));
  }
}
