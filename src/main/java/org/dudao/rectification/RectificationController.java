package org.dudao.rectification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.dudao.rectification.RectificationService.Extension;
import org.dudao.rectification.RectificationService.NewRectification;
import org.dudao.rectification.RectificationService.RectificationQuery;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.rectification.RectificationService.RequirementChange;
import org.dudao.rectification.RectificationService.Submission;
import org.dudao.rectification.RectificationService.Verification;
import org.dudao.shared.Caller;
import org.dudao.shared.DomainException;
import org.dudao.shared.PageResponse;
import org.dudao.supervision.CaseAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "整改 Rectification", description = "逐项整改：整改要求、期限、整改方案、整改报告、核查（退回重报）、延期、逾期 / Per-finding rectification: requirement, deadlines, plan, report, verification, extension, overdue")
class RectificationController {

    private final RectificationService rectifications;
    private final CaseAccess access;

    RectificationController(RectificationService rectifications, CaseAccess access) {
        this.rectifications = rectifications;
        this.access = access;
    }

    @PostMapping("/findings/{findingId}/rectification")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出整改要求和期限 / Open the rectification of a finding")
    RectificationView open(@PathVariable long findingId, @Valid @RequestBody NewRectification request) {
        return rectifications.open(findingId, request.requirement(), request.planDue(), request.reportDue());
    }

    @GetMapping("/findings/{findingId}/rectification")
    @Operation(summary = "问题的整改记录 / Rectification of a finding")
    RectificationView ofFinding(@PathVariable long findingId) {
        return rectifications.forFinding(findingId);
    }

    @GetMapping("/cases/{caseId}/rectifications")
    @Operation(summary = "案件的全部整改 / Rectifications of a case")
    List<RectificationView> ofCase(@PathVariable long caseId) {
        return rectifications.forCase(caseId);
    }

    @GetMapping("/rectifications")
    @Operation(summary = "查询整改（分页；可筛选逾期） / Query rectifications (paged; overdue filter)")
    PageResponse<RectificationView> query(@RequestParam(required = false) Long caseId,
                                          @RequestParam(required = false) Long unitId,
                                          @RequestParam(required = false) RectificationStage stage,
                                          @RequestParam(required = false) Boolean overdue,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        restrictToVisible(caseId, unitId);
        return PageResponse.of(rectifications.query(new RectificationQuery(caseId, unitId, stage, overdue),
                PageRequest.of(page, size, Sort.by("id"))), r -> r);
    }

    /**
     * A caller who does not see every case lists their own unit's rectifications ({@code unitId}),
     * or, as an inspector on its team, those of one case ({@code caseId}).
     */
    private void restrictToVisible(Long caseId, Long unitId) {
        Caller caller = Caller.current();
        var scope = access.scope(caller);
        if (scope.isEmpty() || unitId != null && scope.get().unitIds().contains(unitId)
                || caseId != null && access.onTeam(caller, caseId)) {
            return;
        }
        throw DomainException.invalid("unitId", "请按本单位（unitId）或本人所在督导组的案件（caseId）筛选",
                "filter by your own unit (unitId) or by a case whose team you are on (caseId)");
    }

    @GetMapping("/rectifications/{id}")
    @Operation(summary = "查看整改 / Read a rectification")
    RectificationView read(@PathVariable long id) {
        return rectifications.get(id);
    }

    @PutMapping("/rectifications/{id}")
    @Operation(summary = "修改整改要求（方案提交前） / Change the requirement (before the plan)")
    RectificationView update(@PathVariable long id, @Valid @RequestBody RequirementChange request) {
        return rectifications.changeRequirement(id, request.requirement());
    }

    @PostMapping("/rectifications/{id}/plan")
    @Operation(summary = "提交整改方案 / Submit the rectification plan")
    RectificationView plan(@PathVariable long id, @Valid @RequestBody Submission request) {
        return rectifications.submitPlan(id, request.text());
    }

    @PostMapping("/rectifications/{id}/report")
    @Operation(summary = "提交整改报告 / Submit the rectification report")
    RectificationView report(@PathVariable long id, @Valid @RequestBody Submission request) {
        return rectifications.submitReport(id, request.text());
    }

    @PostMapping("/rectifications/{id}/verification")
    @Operation(summary = "核查整改（通过或退回重报） / Verify (accept, or reject back to the report)")
    RectificationView verify(@PathVariable long id, @Valid @RequestBody Verification request) {
        return rectifications.verify(id, request.accepted(), request.comment());
    }

    @PostMapping("/rectifications/{id}/extension")
    @Operation(summary = "延长当前期限 / Extend the current deadline")
    RectificationView extend(@PathVariable long id, @Valid @RequestBody Extension request) {
        return rectifications.extendDeadline(id, request.newDue(), request.reason());
    }

    @PostMapping("/rectifications/{id}/overdue")
    @Operation(summary = "记录逾期 / Record that the deadline passed")
    RectificationView overdue(@PathVariable long id) {
        return rectifications.recordOverdue(id);
    }
}
