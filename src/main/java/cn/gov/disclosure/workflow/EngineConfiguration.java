package cn.gov.disclosure.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.el.CdiResolver;
import org.camunda.bpm.engine.cdi.impl.event.CdiEventSupportBpmnParseListener;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;

import io.quarkus.arc.Arc;

/**
 * The engine's configuration as the extension builds it (it takes a bean of this type where there
 * is one), minus two lookups of the CDI bean manager in JNDI, which Quarkus does not offer: each
 * failed with an exception before the bean manager was found another way, 90 exceptions per case
 * (BENCHMARKS.md).
 * <ul>
 * <li>The bridge that fires a CDI event for every activity and task event of every instance is
 * left out: nothing in the service observes those events.</li>
 * <li>The names the model gives its listeners and delegates ({@code ${caseStatusListener}}) are
 * resolved in CDI as before, with the container's bean manager.</li>
 * </ul>
 */
@Singleton
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {

    @Override
    protected void init() {
        if (getCustomPostBPMNParseListeners() != null) {
            getCustomPostBPMNParseListeners().removeIf(CdiEventSupportBpmnParseListener.class::isInstance);
        }
        super.init();
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
