package org.dudao.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A task's {@code complete} listener: hands the submitted fields to a domain service, then removes the
 * consumed ones. It acts as the user who completes the task (the engine's user, else the assignee), so the
 * domain records who approved or verified, also when the Tasklist (not the REST API) submitted. A {@link org.dudao.shared.DomainException}
 * refuses the submission; the Tasklist shows its message and keeps the form open.
 */
public abstract class FormListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        FormFields form = FormFields.of(task);
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null ? authentication.getUserId() : task.getAssignee();
        EngineUser.runAs(user, () -> complete(task, form));
        form.removeConsumed();
    }

    protected abstract void complete(DelegateTask task, FormFields form);
}
