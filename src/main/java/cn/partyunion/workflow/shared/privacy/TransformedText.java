package cn.partyunion.workflow.shared.privacy;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

/**
 * A MyBatis type handler of a text column whose stored form is computed from the value ({@link
 * EncryptedText}, {@link SearchHash}); null stays null both ways. It implements {@link TypeHandler}
 * directly (no {@code TypeReference}, no {@code BaseTypeHandler}), so registering a subclass as a
 * bean does not replace MyBatis's handler of every {@code String}: mappers name it ({@code
 * typeHandler=}).
 */
abstract class TransformedText implements TypeHandler<String> {

  /** What the column stores for {@code value} (not null). */
  protected abstract String toColumn(String value);

  /** The value of what the column holds ({@code stored} may be null). */
  protected abstract String fromColumn(String stored);

  @Override
  public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType)
      throws SQLException {
    if (parameter == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, toColumn(parameter));
    }
  }

  @Override
  public String getResult(ResultSet rs, String columnName) throws SQLException {
    return fromColumn(rs.getString(columnName));
  }

  @Override
  public String getResult(ResultSet rs, int columnIndex) throws SQLException {
    return fromColumn(rs.getString(columnIndex));
  }

  @Override
  public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
    return fromColumn(cs.getString(columnIndex));
  }
}
