package cn.gov.disclosure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;

/**
 * Deploys the process models from {@code bpmn/} when the engine starts. Duplicate filtering makes
 * a restart (or a second instance) reuse the deployed version unless the model changed.
 */
@ApplicationScoped
public class WorkflowDeployment {

    public static final String MODEL = "bpmn/disclosure-case.bpmn";

    void deploy(@Observes CamundaEngineStartupEvent started, RepositoryService repository) {
        repository.createDeployment()
                .name("disclosure-workflow")
                .enableDuplicateFiltering(true)
                .addClasspathResource(MODEL)
                .deploy();
    }
}
