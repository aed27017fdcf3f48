package cn.partyunion.workflow.shared.web;

import cn.partyunion.workflow.shared.security.ApiException;
import java.util.List;
import org.springframework.http.ResponseEntity;

/** The one paging rule of every list in the application API. */
public final class Paging {

  /** Largest page any list returns. */
  public static final int MAX_PAGE_SIZE = 200;

  private Paging() {}

  /** A page of a list: 200 with the page's items and header {@code X-Total-Count} = all matches. */
  public static <T> ResponseEntity<List<T>> answer(List<T> items, long total) {
    return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(items);
  }

  /**
   * Checks a requested page.
   *
   * @param page 0-based page number; {@code page × size} must fit an int (the row offset)
   * @param size rows per page, 1–{@value #MAX_PAGE_SIZE}
   * @return the row offset {@code page × size}
   * @throws ApiException 400 with a Chinese message for a bad page or size
   */
  public static int offset(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw ApiException.badRequest(
          "分页参数无效：page 从 0 开始，size 为 1–"
              + MAX_PAGE_SIZE
              + "，且 page × size 不超过 "
              + Integer.MAX_VALUE
              + "。");
    }
    return page * size;
  }
}
