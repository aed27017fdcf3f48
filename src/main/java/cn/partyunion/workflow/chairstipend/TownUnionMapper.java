package cn.partyunion.workflow.chairstipend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;

/** Reads Jiangyin's town, street and park unions ({@code cs_town_union}). */
@Mapper
public interface TownUnionMapper {

  /** Every town union, in the article's order. */
  List<TownUnion> findAll();

  /** Unit code → Chinese name of every town union, in the article's order. */
  default Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    findAll().forEach(town -> names.put(town.unitCode(), town.name()));
    return names;
  }
}
