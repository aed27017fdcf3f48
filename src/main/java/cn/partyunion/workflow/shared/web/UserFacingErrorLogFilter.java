package cn.partyunion.workflow.shared.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Drops the engine REST layer's warning about a failure that is the user's. The REST API turns an
 * exception of a command into status 500 before {@link UserFacingErrorFilter} corrects it, and its
 * exception logger ({@code org.camunda.bpm.engine.rest.exception}) writes every 500 at WARN with
 * the whole stack trace ("ENGINE-REST-HTTP500 … Cannot submit task form …"). When the request has
 * recorded a {@link UserFacingError} (bad form input, somebody else's task or unit), that warning
 * is denied: the refusal is logged once, at INFO, by the engine side ({@code
 * RefusalLoggingPlugin}). Other warnings and errors are untouched. Installed into Logback (Spring
 * Boot's default logging) at start-up.
 */
@Component
public class UserFacingErrorLogFilter extends TurboFilter {

  static final String REST_EXCEPTION_LOGGER = "org.camunda.bpm.engine.rest.exception";

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream()
            .noneMatch(UserFacingErrorLogFilter.class::isInstance)) {
      setName("user-facing-error-log-filter");
      setContext(context);
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != null
        && level.isGreaterOrEqual(Level.WARN)
        && logger != null
        && REST_EXCEPTION_LOGGER.equals(logger.getName())
        && UserFacingError.peek() != null) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }
}
