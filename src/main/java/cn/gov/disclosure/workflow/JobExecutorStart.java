package cn.gov.disclosure.workflow;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import io.quarkus.runtime.StartupEvent;

/**
 * Starts the engine's job executor once the service has started, not when the engine is built
 * ({@code job-executor-activate=false}): timers already due at a restart (a lapse, a consultation's
 * end) would otherwise run while the persistence unit was still starting, and the start failed.
 */
@ApplicationScoped
class JobExecutorStart {

    /** After the other observers of the start (a clock the engine reads is set by then). */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent started, ProcessEngine engine) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
    }
}
