import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.logmanager.LogContext;

/**
 * The floor under a registration: the bare engine, in the benchmark's JVM, on a database of its
 * own, starting a process with one user task whose start inserts one row in the engine's own
 * transaction. What a registration costs above this is HTTP, authentication, validation and the
 * case's own rows. Engine settings follow the service's: the history level given, UUID ids, no job
 * executor. Like {@code workflow}, this file is where the engine's imports live in bench/.
 */
final class EngineBaseline implements AutoCloseable {

    static final String PROCESS_KEY = "bench-baseline";

    private final ProcessEngine engine;

    /**
     * The engine logs through slf4j into JBoss LogManager, whose root level outside Quarkus is ALL:
     * every debug and trace message of the engine would be built and then dropped. The service logs
     * at INFO, the job executor at WARN (application.properties); the baseline does the same.
     */
    static void logAsTheService() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        LogContext.getLogContext().getLogger("org.camunda.bpm.engine.jobexecutor").setLevel(Level.WARNING);
    }

    /** {@code history}: the engine's history level, e.g. audit (the service's before issue 18) or none. */
    EngineBaseline(String jdbcUrl, String user, int connections, String history) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(PROCESS_KEY + "-" + history)
                .setJdbcUrl(jdbcUrl).setJdbcDriver("org.postgresql.Driver").setJdbcUsername(user).setJdbcPassword("")
                .setJdbcMaxActiveConnections(connections)
                // Its own database: its tables are created here, and the service's queries never see its rows.
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(history)
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
