package cn.partyunion.workflow.chairstipend;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cancelling a quarter deletes its running chair instances in the cancelling command up to a page
 * ({@code roster-page-size}); more go to a Camunda batch, since one command deleting thousands of
 * instances does not end (the 10,000-chair benchmark's clean-up ran over 15 minutes).
 */
class ChairInstancesTest {

  private static final int PAGE = 200;

  @ParameterizedTest(name = "{0} running chair instances: batch {1}")
  @CsvSource({"1, false", "200, false", "201, true", "10000, true"})
  void moreThanAPageOfChairsIsDeletedByABatch(int running, boolean batch) {
    ChairStipendProperties properties = mock(ChairStipendProperties.class);
    when(properties.rosterPageSize()).thenReturn(PAGE);
    RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    List<ProcessInstance> instances =
        IntStream.range(0, running)
            .mapToObj(
                i -> {
                  ProcessInstance instance = mock(ProcessInstance.class);
                  when(instance.getId()).thenReturn("pi" + i);
                  return instance;
                })
            .toList();
    when(runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
            .processInstanceBusinessKeyLike("1990Q1/%")
            .list())
        .thenReturn(instances);

    new ChairInstances(properties).cancel(runtime, "1990Q1", "季度考核已取消");

    if (batch) {
      verify(runtime)
          .deleteProcessInstancesAsync(
              anyList(), eq((ProcessInstanceQuery) null), eq("季度考核已取消"), eq(false), eq(true));
      verify(runtime, never())
          .deleteProcessInstances(anyList(), anyString(), anyBoolean(), anyBoolean());
    } else {
      verify(runtime).deleteProcessInstances(anyList(), eq("季度考核已取消"), eq(false), eq(true));
      verify(runtime, never())
          .deleteProcessInstancesAsync(anyList(), any(), anyString(), anyBoolean(), anyBoolean());
    }
  }
}
