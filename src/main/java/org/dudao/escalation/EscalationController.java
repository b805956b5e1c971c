package org.dudao.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dudao.escalation.EscalationService.AccountabilityDecision;
import org.dudao.escalation.EscalationService.AccountabilityProposal;
import org.dudao.escalation.EscalationService.AccountabilityView;
import org.dudao.escalation.EscalationService.CircularChanges;
import org.dudao.escalation.EscalationService.CircularDraft;
import org.dudao.escalation.EscalationService.CircularView;
import org.dudao.escalation.EscalationService.InterviewRecord;
import org.dudao.escalation.EscalationService.InterviewView;
import org.dudao.escalation.EscalationService.Ladder;
import org.dudao.escalation.EscalationService.NewInterview;
import org.dudao.escalation.EscalationService.NewUrgingNotice;
import org.dudao.escalation.EscalationService.UrgingNoticeView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "升级问责 Escalation", description = "督办通知、约谈、通报、问责记录 / Urging notices, interviews, circulars, accountability")
class EscalationController {

    private final EscalationService escalation;

    EscalationController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @GetMapping("/cases/{caseId}/escalation")
    @Operation(summary = "案件的升级记录 / The ladder records of a case")
    Ladder ladder(@PathVariable long caseId) {
        return escalation.ladder(caseId);
    }

    @PostMapping("/cases/{caseId}/urging-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "下发督办通知（限期整改） / Issue an urging notice with a new deadline")
    UrgingNoticeView urge(@PathVariable long caseId, @Valid @RequestBody NewUrgingNotice request) {
        return escalation.recordUrgingNotice(caseId, request);
    }

    @GetMapping("/urging-notices/{id}")
    @Operation(summary = "查看督办通知 / Read an urging notice")
    UrgingNoticeView urgingNotice(@PathVariable long id) {
        return escalation.urgingNotice(id);
    }

    @PostMapping("/cases/{caseId}/interviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "安排约谈 / Schedule an interview")
    InterviewView openInterview(@PathVariable long caseId, @Valid @RequestBody NewInterview request) {
        return escalation.openInterview(caseId, request);
    }

    @GetMapping("/interviews/{id}")
    @Operation(summary = "查看约谈 / Read an interview")
    InterviewView interview(@PathVariable long id) {
        return escalation.interview(id);
    }

    @PutMapping("/interviews/{id}/record")
    @Operation(summary = "记录约谈（日期、参加人员、书面记录） / Record the interview (date, participants, written record)")
    InterviewView recordInterview(@PathVariable long id, @Valid @RequestBody InterviewRecord request) {
        return escalation.recordInterview(id, request);
    }

    @PostMapping("/cases/{caseId}/circulars")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "起草通报 / Draft a circular")
    CircularView draftCircular(@PathVariable long caseId, @Valid @RequestBody CircularDraft request) {
        return escalation.draftCircular(caseId, request);
    }

    @GetMapping("/circulars/{id}")
    @Operation(summary = "查看通报 / Read a circular")
    CircularView circular(@PathVariable long id) {
        return escalation.circular(id);
    }

    @PutMapping("/circulars/{id}")
    @Operation(summary = "修改通报草稿 / Revise a draft circular")
    CircularView reviseCircular(@PathVariable long id, @Valid @RequestBody CircularChanges request) {
        return escalation.reviseCircular(id, request);
    }

    @PostMapping("/circulars/{id}/issue")
    @Operation(summary = "印发通报 / Issue the circular")
    CircularView issueCircular(@PathVariable long id) {
        return escalation.issueCircular(id);
    }

    @PostMapping("/cases/{caseId}/accountabilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出问责建议 / Propose accountability")
    AccountabilityView propose(@PathVariable long caseId, @Valid @RequestBody AccountabilityProposal request) {
        return escalation.proposeAccountability(caseId, request);
    }

    @GetMapping("/accountabilities/{id}")
    @Operation(summary = "查看问责 / Read an accountability record")
    AccountabilityView accountability(@PathVariable long id) {
        return escalation.accountability(id);
    }

    @PostMapping("/accountabilities/{id}/decision")
    @Operation(summary = "作出问责决定 / Decide on the proposal")
    AccountabilityView decide(@PathVariable long id, @Valid @RequestBody AccountabilityDecision request) {
        return escalation.decideAccountability(id, request);
    }

    @PostMapping("/accountabilities/{id}/publication")
    @Operation(summary = "公开问责结果 / Publish the result")
    AccountabilityView publish(@PathVariable long id) {
        return escalation.publishAccountability(id);
    }
}
