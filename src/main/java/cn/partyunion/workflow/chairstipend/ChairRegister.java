package cn.partyunion.workflow.chairstipend;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers chairs in the chair register (DOMAIN §5, {@code cs_chair}). */
@Service
public class ChairRegister {

  private final ChairRegisterMapper mapper;

  public ChairRegister(ChairRegisterMapper mapper) {
    this.mapper = mapper;
  }

  /** Registers {@code chair}, or updates it when its {@code chairId} is registered already. */
  @Transactional
  public void register(Chair chair) {
    LocalDateTime now = EngineClock.current();
    if (mapper.update(chair, now) == 0) {
      mapper.insert(chair, now);
    }
  }

  /** Registers all {@code chairs} in one transaction: all are stored or none. */
  @Transactional
  public void registerAll(List<Chair> chairs) {
    chairs.forEach(this::register);
  }

  /** The registered chair, or null. */
  public Chair find(String chairId) {
    return mapper.find(chairId);
  }
}
