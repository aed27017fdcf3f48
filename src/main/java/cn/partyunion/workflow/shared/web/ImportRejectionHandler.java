package cn.partyunion.workflow.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link ImportRejectedException} with 422 {@code {"error": "IMPORT_REJECTED",
 * "message", "rows": [{row, reason}]}}, before the general {@link ApiExceptionHandler}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImportRejectionHandler {

  /** The 422 answer of a refused import. */
  @ExceptionHandler(ImportRejectedException.class)
  public ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(e));
  }

  /** The body of a refused import (also for endpoints that answer it with another status). */
  public static Map<String, Object> body(ImportRejectedException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "IMPORT_REJECTED");
    body.put("message", e.getMessage());
    body.put("rows", e.rows());
    return body;
  }
}
