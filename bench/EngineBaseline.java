import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The floor under a registration: the bare engine, in the benchmark's JVM, on the service's
 * database, starting a process with one user task whose start inserts one row in the engine's own
 * transaction. What a registration costs above this is HTTP, authentication, validation and the
 * case's own rows. Engine settings follow the service's: audit history, UUID ids, no job executor
 * here (the service's runs beside it). Like {@code workflow}, this file is where the engine's
 * imports live in bench/.
 */
final class EngineBaseline implements AutoCloseable {

    static final String PROCESS_KEY = "bench-baseline";

    private final ProcessEngine engine;

    EngineBaseline(String jdbcUrl, String user, int connections) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(PROCESS_KEY)
                .setJdbcUrl(jdbcUrl).setJdbcDriver("org.postgresql.Driver").setJdbcUsername(user).setJdbcPassword("")
                .setJdbcMaxActiveConnections(connections)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(Map.of("insertCase", (ExecutionListener) execution -> insert(execution.getBusinessKey())));
        engine = configuration.buildProcessEngine();
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl + "?user=" + user)) {
            c.createStatement().execute("create table if not exists bench_baseline_case "
                    + "(id uuid primary key, received_on date not null)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        engine.getRepositoryService().createDeployment().name(PROCESS_KEY).enableDuplicateFiltering(true)
                .addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY)
                        .camundaHistoryTimeToLive(180)
                        .startEvent().camundaExecutionListenerDelegateExpression(ExecutionListener.EVENTNAME_START,
                                "${insertCase}")
                        .userTask("Task_CheckCompleteness").camundaCandidateGroups("clerk")
                        .endEvent().done())
                .deploy();
    }

    /** One registration's worth of engine work: start the instance, the insert happening inside. */
    void start() {
        String id = UUID.randomUUID().toString();
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, id, Map.of("caseId", id));
    }

    /** On the engine's connection, so the row commits or rolls back with the instance. */
    private static void insert(String id) throws SQLException {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into bench_baseline_case (id, received_on) values (?, ?)")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setObject(2, LocalDate.now());
            insert.executeUpdate();
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
