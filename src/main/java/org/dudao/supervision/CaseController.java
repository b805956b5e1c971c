package org.dudao.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dudao.audit.AuditTrail;
import org.dudao.organization.UnitKind;
import org.dudao.shared.Caller;
import org.dudao.shared.PageResponse;
import org.dudao.supervision.SupervisionCaseService.CaseChanges;
import org.dudao.supervision.SupervisionCaseService.CaseQuery;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.Closure;
import org.dudao.supervision.SupervisionCaseService.Commendation;
import org.dudao.supervision.SupervisionCaseService.EvidenceView;
import org.dudao.supervision.SupervisionCaseService.Feedback;
import org.dudao.supervision.SupervisionCaseService.FindingChanges;
import org.dudao.supervision.SupervisionCaseService.FindingList;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.NewCase;
import org.dudao.supervision.SupervisionCaseService.PlanDetails;
import org.dudao.supervision.SupervisionCaseService.Report;
import org.dudao.supervision.SupervisionCaseService.Review;
import org.dudao.supervision.SupervisionCaseService.Team;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "督导案件 Cases", description = "督导案件：计划、实地督导、问题、报告、反馈、表扬、复查、办结、审计记录 / Supervision cases from plan to close, findings, evidence, audit trail")
class CaseController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record RungRequest(@NotNull LadderRung rung) {
    }

    record ProcessLink(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9:_.-]+") String processInstanceId) {
    }

    record Ids(List<Long> ids) {
    }

    private final SupervisionCaseService cases;
    private final CaseOpener opener;
    private final CaseExport export;
    private final AuditTrail audit;
    private final CaseAccess access;

    CaseController(SupervisionCaseService cases, CaseOpener opener, CaseExport export, AuditTrail audit,
                   CaseAccess access) {
        this.cases = cases;
        this.opener = opener;
        this.export = export;
        this.audit = audit;
        this.access = access;
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建督导案件（计划）并启动督导流程 / Open a case (planned) and start its process")
    CaseView open(@Valid @RequestBody NewCase request) {
        return opener.open(request);
    }

    @GetMapping("/cases")
    @Operation(summary = "查询督导案件（分页；可按乡镇、单位类别、状态、是否逾期筛选） / Query cases (paged; by township, unit kind, status, overdue)")
    PageResponse<CaseView> query(@RequestParam(required = false) SupervisionKind kind,
                                 @RequestParam(required = false) SupervisionMode mode,
                                 @RequestParam(required = false) CaseStatus status,
                                 @RequestParam(required = false) Long townshipId,
                                 @RequestParam(required = false) UnitKind unitKind,
                                 @RequestParam(required = false) Long unitId,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(required = false) LadderRung rung,
                                 @RequestParam(required = false) @Size(max = 100) String q,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledFrom,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledTo,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        CaseQuery query = new CaseQuery(kind, mode, status, townshipId, unitKind, unitId, overdue, rung, q,
                scheduledFrom, scheduledTo, visibleUnits());
        return PageResponse.of(cases.query(query, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"))), c -> c);
    }

    @GetMapping("/cases/export")
    @Operation(summary = "导出督导案件清单（.xlsx，筛选条件同查询） / Export the case list to .xlsx (same filters as the query)")
    ResponseEntity<byte[]> export(@RequestParam(required = false) SupervisionKind kind,
                                  @RequestParam(required = false) SupervisionMode mode,
                                  @RequestParam(required = false) CaseStatus status,
                                  @RequestParam(required = false) Long townshipId,
                                  @RequestParam(required = false) UnitKind unitKind,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) LadderRung rung,
                                  @RequestParam(required = false) @Size(max = 100) String q,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledFrom,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledTo) {
        CaseQuery query = new CaseQuery(kind, mode, status, townshipId, unitKind, unitId, overdue, rung, q,
                scheduledFrom, scheduledTo, visibleUnits());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("督导案件-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(export.export(query));
    }

    /** The caller's view of the cases ({@link CaseAccess}); null: every case. */
    private CaseAccess.Scope visibleUnits() {
        return access.scope(Caller.current()).orElse(null);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "查看督导案件 / Read a case")
    CaseView read(@PathVariable long id) {
        return cases.get(id);
    }

    @PutMapping("/cases/{id}")
    @Operation(summary = "修改计划中的案件 / Update a planned case")
    CaseView update(@PathVariable long id, @Valid @RequestBody CaseChanges request) {
        return cases.update(id, request);
    }

    @PutMapping("/cases/{id}/plan")
    @Operation(summary = "记录督导计划（日期、范围、清单、督导组） / Record the plan (date, scope, checklist, team)")
    CaseView plan(@PathVariable long id, @Valid @RequestBody PlanDetails request) {
        return cases.recordPlan(id, request);
    }

    @PutMapping("/cases/{id}/team")
    @Operation(summary = "调整督导组（已解聘督学不可安排） / Change the team (dismissed inspectors are refused)")
    CaseView team(@PathVariable long id, @Valid @RequestBody Team request) {
        return cases.assignTeam(id, request);
    }

    @PostMapping("/cases/{id}/plan-approval")
    @Operation(summary = "批准督导计划 / Approve the plan")
    CaseView approvePlan(@PathVariable long id) {
        return cases.approvePlan(id);
    }

    @PostMapping("/cases/{id}/notice")
    @Operation(summary = "记录已通知被督导单位（随机督导不通知） / Record the advance notice (not for random inspections)")
    CaseView notice(@PathVariable long id) {
        return cases.recordNotice(id);
    }

    @PostMapping("/cases/{id}/inspection")
    @Operation(summary = "开始实地督导 / Start the on-site inspection")
    CaseView inspect(@PathVariable long id) {
        return cases.startInspection(id);
    }

    @PutMapping("/cases/{id}/process-instance")
    @Operation(summary = "关联流程实例 / Link the process instance")
    CaseView link(@PathVariable long id, @Valid @RequestBody ProcessLink request) {
        return cases.linkProcessInstance(id, request.processInstanceId());
    }

    @PostMapping("/cases/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "逐项记录督导发现的问题 / Record findings item by item")
    Ids recordFindings(@PathVariable long id, @Valid @RequestBody FindingList request) {
        return new Ids(cases.recordFindings(id, request.findings()));
    }

    @GetMapping("/cases/{id}/findings")
    @Operation(summary = "案件的问题清单 / Findings of a case")
    List<FindingView> findings(@PathVariable long id) {
        return cases.findings(id);
    }

    @GetMapping("/findings/{findingId}")
    @Operation(summary = "查看问题 / Read a finding")
    FindingView finding(@PathVariable long findingId) {
        return cases.finding(findingId);
    }

    @PutMapping("/findings/{findingId}")
    @Operation(summary = "修改问题（报告批准前） / Update a finding (before the report is approved)")
    FindingView updateFinding(@PathVariable long findingId, @Valid @RequestBody FindingChanges request) {
        return cases.updateFinding(findingId, request);
    }

    @PostMapping(path = "/findings/{findingId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传证据材料 / Attach evidence")
    EvidenceView addEvidence(@PathVariable long findingId, @RequestPart(name = "file", required = false) MultipartFile file,
                             @RequestParam(required = false) String note) throws IOException {
        requireFile(file);
        return cases.addEvidence(findingId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), note);
    }

    @GetMapping("/findings/{findingId}/evidence")
    @Operation(summary = "问题的证据材料 / Evidence of a finding")
    List<EvidenceView> evidence(@PathVariable long findingId) {
        return cases.evidence(findingId);
    }

    @GetMapping("/evidence/{evidenceId}/content")
    @Operation(summary = "下载证据材料 / Download evidence")
    ResponseEntity<byte[]> evidenceContent(@PathVariable long evidenceId) {
        var file = cases.evidenceFile(evidenceId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PutMapping("/cases/{id}/report")
    @Operation(summary = "起草督导报告 / Draft the report")
    CaseView report(@PathVariable long id, @Valid @RequestBody Report request) {
        return cases.recordReport(id, request.text());
    }

    @PostMapping("/cases/{id}/report/approval")
    @Operation(summary = "批准督导报告 / Approve the report")
    CaseView approveReport(@PathVariable long id) {
        return cases.approveReport(id);
    }

    @PostMapping("/cases/{id}/report/publication")
    @Operation(summary = "公开督导报告 / Publish the report")
    CaseView publishReport(@PathVariable long id) {
        return cases.publishReport(id);
    }

    @PostMapping("/cases/{id}/feedback")
    @Operation(summary = "记录督导反馈（会议或书面通知） / Record the feedback (meeting or written notice)")
    CaseView feedback(@PathVariable long id, @Valid @RequestBody Feedback request) {
        return cases.recordFeedback(id, request);
    }

    @PostMapping("/cases/{id}/commendation")
    @Operation(summary = "表扬激励 / Commend")
    CaseView commend(@PathVariable long id, @Valid @RequestBody Commendation request) {
        return cases.commend(id, request.text());
    }

    @PostMapping("/cases/{id}/review-start")
    @Operation(summary = "开始复查“回头看” / Start the look-back review")
    CaseView startReview(@PathVariable long id) {
        return cases.startReview(id);
    }

    @PostMapping("/cases/{id}/review")
    @Operation(summary = "记录复查结果（反弹问题重新整改） / Record the review (relapsed findings reopen)")
    CaseView review(@PathVariable long id, @Valid @RequestBody Review request) {
        return cases.recordReview(id, request);
    }

    @PostMapping("/cases/{id}/closure")
    @Operation(summary = "办结归档 / Close the case")
    CaseView close(@PathVariable long id, @Valid @RequestBody(required = false) Closure request) {
        return cases.close(id, request == null ? null : request.note());
    }

    @PostMapping("/cases/{id}/rung")
    @Operation(summary = "记录升级层级（只升不降） / Record the ladder rung reached (only climbs)")
    Map<String, Object> rung(@PathVariable long id, @Valid @RequestBody RungRequest request) {
        boolean rose = cases.reachRung(id, request.rung());
        return Map.of("rose", rose, "rung", cases.get(id).rung());
    }

    @GetMapping("/cases/{id}/audit")
    @Operation(summary = "案件审计记录（谁、何时、改了什么） / Audit trail of a case (who, when, what)")
    List<AuditTrail.Entry> audit(@PathVariable long id) {
        cases.requireCase(id);
        return audit.forCase(id);
    }

    /** A missing file part is the caller's mistake: 400 naming the part. */
    private static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw org.dudao.shared.DomainException.invalid("file", "请上传文件（表单字段 file）", "upload a file in the form field \"file\"");
        }
    }
}
