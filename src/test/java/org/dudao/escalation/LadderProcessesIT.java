package org.dudao.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.dudao.DudaoIntegrationTest;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeSummary;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ladder's own processes ({@code circular}, {@code accountability}) started as the ladder starts them — with
 * the case as business key and the case and finding ids — for the branches the ladder test does not take:
 * a circular returned then dropped, an accountability proposal returned then approved without referral.
 */
@DudaoIntegrationTest
class LadderProcessesIT {

    @Autowired ApplicationContext context;
    @Autowired EscalationService escalation;
    LifecycleFixture fx;
    ProcessInstance rect;

    @BeforeEach
    void setUp() {
        fx = new LifecycleFixture(context);
        BpmnAwareTests.init(fx.engine);
        rect = fx.rectifying(fx.school, "SERIOUS");
    }

    ProcessInstance start(String process) {
        return fx.runtime.startProcessInstanceByKey(process, rect.getBusinessKey(), LifecycleFixture.vars(
                EscalationProcesses.CASE_ID, Long.parseLong(rect.getBusinessKey()),
                EscalationProcesses.FINDING_ID, fx.findingIdOf(rect)));
    }

    @Test
    void aReturnedCircularIsRedraftedAndCanBeDropped() {
        ProcessInstance circular = start(EscalationProcesses.CIRCULAR);
        assertThat(circular).isWaitingAt("Task_DraftCircular");
        long circularId = ((Number) fx.runtime.getVariable(circular.getId(), EscalationProcesses.CIRCULAR_ID)).longValue();
        fx.complete(circular, "Task_DraftCircular", "circularRecipients", List.of("COUNTY_PARTY_AND_GOVERNMENT"),
                "circularText", "关于整改不力的通报（第一稿）");
        assertThat(task(circular)).hasCandidateGroup("committee");
        assertThat((String) fx.input(circular, "Task_ApproveCircular", "circularSummary")).contains("第一稿", "县委县政府");

        fx.complete(circular, "Task_ApproveCircular", "circularDecision", "RETURNED", "circularApprovalComment", "请补充事实");
        assertThat(circular).hasPassed("Gateway_CircularApproved").isWaitingAt("Task_DraftCircular");
        assertThat(fx.input(circular, "Task_DraftCircular", "circularText")).isEqualTo("关于整改不力的通报（第一稿）");
        assertThat(fx.input(circular, "Task_DraftCircular", "circularRecipients").toString())
                .contains("COUNTY_PARTY_AND_GOVERNMENT").doesNotContain("EDUCATION_BUREAU_PARTY_COMMITTEE");
        assertThat((String) fx.input(circular, "Task_DraftCircular", "circularSummary")).contains("请补充事实");

        fx.complete(circular, "Task_DraftCircular", "circularRecipients", List.of("COUNTY_PARTY_AND_GOVERNMENT"),
                "circularText", "关于整改不力的通报（第二稿）");
        fx.complete(circular, "Task_ApproveCircular", "circularDecision", "DROPPED", "circularApprovalComment", "不予通报");
        assertThat(circular).hasPassed("EndEvent_CircularDropped").hasNotPassed("Task_IssueCircular").isEnded();
        assertThat(escalation.circular(circularId).status()).isEqualTo(RecordStatus.DROPPED);
        assertThat(fx.notices.findByIdempotencyKey("circular:circular-" + circularId)).isEmpty();
    }

    @Test
    void aReturnedAccountabilityProposalIsRevisedThenApprovedWithoutReferral() {
        ProcessInstance accountability = start(EscalationProcesses.ACCOUNTABILITY);
        long id = ((Number) fx.runtime.getVariable(accountability.getId(), EscalationProcesses.ACCOUNTABILITY_ID)).longValue();
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "accountabilityMeasure")).isNull();
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "licenceRevocation")).isEqualTo(false);
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "accountabilityReasons").toString()).contains("整改要求");
        fx.complete(accountability, "Task_ProposeAccountability", "accountabilityMeasure", "CIRCULATED_CRITICISM",
                "accountabilityPersons", "赵某（校长）", "accountabilityReasons", "多次督办仍未整改到位。", "referral", "PUBLIC_SECURITY");
        assertThat(task(accountability)).hasCandidateGroup("committee");
        fx.complete(accountability, "Task_DecideAccountability", "accountabilityDecision", "RETURNED",
                "accountabilityDecisionComment", "不必移送，改为诫勉");
        assertThat(accountability).isWaitingAt("Task_ProposeAccountability");
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "accountabilityMeasure")).isEqualTo("CIRCULATED_CRITICISM");
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "referral")).isEqualTo("PUBLIC_SECURITY");
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "accountabilityPersons")).isEqualTo("赵某（校长）");

        fx.complete(accountability, "Task_ProposeAccountability", "accountabilityMeasure", "ADMONISHMENT",
                "accountabilityPersons", "赵某（校长）", "accountabilityReasons", "多次督办仍未整改到位。", "referral", "NONE");
        fx.complete(accountability, "Task_DecideAccountability", "accountabilityDecision", "APPROVED");
        assertThat(accountability).hasPassed("Task_IssueAccountabilityDecision", "EndEvent_AccountabilityIssued")
                .hasNotPassed("Task_ReferCase").isEnded();
        var decided = escalation.accountability(id);
        assertThat(decided.status()).isEqualTo(RecordStatus.DECIDED);
        assertThat(decided.measure()).isEqualTo(AccountabilityMeasure.ADMONISHMENT);
        assertThat(decided.referral()).isEqualTo(Referral.NONE);
        NoticeSummary decision = fx.notices.findByIdempotencyKey("accountability:accountability-" + id).orElseThrow();
        assertThat(decision.kind()).isEqualTo(NoticeKind.ACCOUNTABILITY_DECISION);
        assertThat(decision.documentNumber()).isNotBlank();
        assertThat(fx.notices.findByIdempotencyKey("referral:accountability-" + id)).isEmpty();
    }

    @Test
    void aReferralToThePoliceGoesToThePublicSecurityBureau() {
        ProcessInstance accountability = start(EscalationProcesses.ACCOUNTABILITY);
        long id = ((Number) fx.runtime.getVariable(accountability.getId(), EscalationProcesses.ACCOUNTABILITY_ID)).longValue();
        fx.complete(accountability, "Task_ProposeAccountability", "accountabilityMeasure", "DISCIPLINARY",
                "accountabilityPersons", "钱某", "accountabilityReasons", "违规收费涉嫌违法。", "referral", "PUBLIC_SECURITY");
        fx.complete(accountability, "Task_DecideAccountability", "accountabilityDecision", "APPROVED");
        assertThat(accountability).hasPassed("Task_ReferCase").isEnded();
        assertThat(escalation.accountability(id).referral()).isEqualTo(Referral.POLICE);
        assertThat(fx.notices.findByIdempotencyKey("referral:accountability-" + id).orElseThrow().deliveries())
                .extracting(NoticeSummary.Delivery::email).containsExactly("gaj@dudao.local");
    }
}
