package cn.gov.disclosure.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.el.CdiResolver;
import org.camunda.bpm.engine.cdi.impl.event.CdiEventSupportBpmnParseListener;
import org.camunda.bpm.engine.impl.SchemaOperationsProcessEngineBuild;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;

/**
 * The engine's configuration as the extension builds it (it takes a bean of this type where there
 * is one), with three changes. The first two remove lookups of the CDI bean manager in JNDI, which
 * Quarkus does not offer: each failed with an exception before the bean manager was found another
 * way, 90 exceptions per case (BENCHMARKS.md).
 * <ul>
 * <li>The bridge that fires a CDI event for every activity and task event of every instance is
 * left out: nothing in the service observes those events.</li>
 * <li>The names the model gives its listeners and delegates ({@code ${caseStatusListener}}) are
 * resolved in CDI as before, with the container's bean manager.</li>
 * <li>The history level configured is the one the engine runs at, whatever level the database
 * recorded before (see {@link ConfiguredHistoryLevel}).</li>
 * </ul>
 */
@Singleton
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {

    private static final Logger LOG = Logger.getLogger(EngineConfiguration.class);

    @Override
    protected void init() {
        if (getCustomPostBPMNParseListeners() != null) {
            getCustomPostBPMNParseListeners().removeIf(CdiEventSupportBpmnParseListener.class::isInstance);
        }
        setSchemaOperationsCommand(new ConfiguredHistoryLevel());
        super.init();
    }

    /**
     * The engine's schema operations, then the history level the database recorded set to the one
     * configured. The engine refuses to start where the two differ, and the level only decides what
     * the engine records from now on: a database kept at level {@code audit} before the service ran
     * the engine without history would otherwise need its property changed by hand.
     */
    private static final class ConfiguredHistoryLevel extends SchemaOperationsProcessEngineBuild {

        private static final String PROPERTY = "historyLevel";

        @Override
        public Void execute(CommandContext context) {
            super.execute(context);
            // The lock the engine takes to record the level: two instances starting at once on a
            // database at another level switch it one after the other, not into a conflict.
            context.getPropertyManager().acquireExclusiveLockForStartup();
            PropertyEntity recorded = context.getPropertyManager().findPropertyById(PROPERTY);
            ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
            String configured = Integer.toString(configuration.getHistoryLevel().getId());
            if (recorded != null && !recorded.getValue().equals(configured)) {
                String was = configuration.getHistoryLevels().stream()
                        .filter(level -> Integer.toString(level.getId()).equals(recorded.getValue()))
                        .map(HistoryLevel::getName).findFirst().orElse(recorded.getValue());
                LOG.infof("The engine's history level was %s in the database; it is now %s, as configured", was,
                        configuration.getHistoryLevel().getName());
                recorded.setValue(configured);
            }
            return null;
        }
    }

    /**
     * The extension's expression manager with the bean manager taken from the container; the
     * functions the engine adds to every expression manager are added here as the engine does, as
     * its own method cannot be called past the extension's.
     */
    @Override
    protected void initExpressionManager() {
        expressionManager = new ContainerExpressionManager();
        expressionManager.addFunction(CommandContextFunctions.CURRENT_USER,
                ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER));
        expressionManager.addFunction(CommandContextFunctions.CURRENT_USER_GROUPS,
                ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER_GROUPS));
        expressionManager.addFunction(DateTimeFunctions.NOW,
                ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.NOW));
        expressionManager.addFunction(DateTimeFunctions.DATE_TIME,
                ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.DATE_TIME));
    }

    /** The resolvers of {@link CdiExpressionManager}, in its order. */
    private static final class ContainerExpressionManager extends CdiExpressionManager {

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new VariableScopeElResolver());
            resolver.add(new VariableContextElResolver());
            resolver.add(new CdiResolver() {
                @Override
                protected BeanManager getBeanManager() {
                    return Arc.container().beanManager();
                }
            });
            resolver.add(new ArrayELResolver());
            resolver.add(new ListELResolver());
            resolver.add(new MapELResolver());
            resolver.add(new BeanELResolver());
            return resolver;
        }
    }
}
