package org.dudao.inspector;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dudao.inspector.CoverageService.CoverageReport;
import org.dudao.inspector.InspectorService.AssignmentView;
import org.dudao.inspector.InspectorService.Dismissal;
import org.dudao.inspector.InspectorService.EvaluationView;
import org.dudao.inspector.InspectorService.InspectorChanges;
import org.dudao.inspector.InspectorService.InspectorQuery;
import org.dudao.inspector.InspectorService.InspectorView;
import org.dudao.inspector.InspectorService.NewEvaluation;
import org.dudao.inspector.InspectorService.NewInspector;
import org.dudao.inspector.InspectorService.NewTerm;
import org.dudao.inspector.InspectorService.NewTraining;
import org.dudao.inspector.InspectorService.PublicContact;
import org.dudao.inspector.InspectorService.TermView;
import org.dudao.inspector.InspectorService.TrainingView;
import org.dudao.shared.DomainException;
import org.dudao.shared.ImportReport;
import org.dudao.shared.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "督学 Inspectors", description = "督学队伍、任期、培训、考核、挂牌责任督学与覆盖情况 / Roster, terms, training, evaluations, responsible inspectors and coverage")
class InspectorController {

    record AssignRequest(@NotNull Long inspectorId, LocalDate assignedOn) {
    }

    private final InspectorService inspectors;
    private final CoverageService coverage;
    private final InspectorImport inspectorImport;

    InspectorController(InspectorService inspectors, CoverageService coverage, InspectorImport inspectorImport) {
        this.inspectors = inspectors;
        this.coverage = coverage;
        this.inspectorImport = inspectorImport;
    }

    @PostMapping("/inspectors")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增督学（可同时聘任首个任期） / Create an inspector (optionally with a first term)")
    InspectorView create(@Valid @RequestBody NewInspector request) {
        return inspectors.create(request);
    }

    @GetMapping("/inspectors")
    @Operation(summary = "查询督学（分页） / Query inspectors (paged)")
    PageResponse<InspectorView> query(@RequestParam(required = false) Employment employment,
                                      @RequestParam(required = false) DutyKind duty,
                                      @RequestParam(required = false) InspectorStatus status,
                                      @RequestParam(required = false) Boolean expert,
                                      @RequestParam(required = false) @Size(max = 60) String speciality,
                                      @RequestParam(required = false) @Size(max = 60) String q,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageResponse.of(inspectors.query(new InspectorQuery(employment, duty, status, expert, speciality, q),
                PageRequest.of(page, size, Sort.by("id"))), i -> i);
    }

    @GetMapping("/inspectors/{id}")
    @Operation(summary = "查看督学 / Read an inspector")
    InspectorView read(@PathVariable long id) {
        return inspectors.inspector(id);
    }

    @PutMapping("/inspectors/{id}")
    @Operation(summary = "修改督学 / Update an inspector")
    InspectorView update(@PathVariable long id, @Valid @RequestBody InspectorChanges request) {
        return inspectors.update(id, request);
    }

    @PostMapping("/inspectors/{id}/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "聘任新任期（兼职 3 年，连续不超过 3 个任期） / Appoint a term (part-time: 3 years, at most 3 in a row)")
    TermView appoint(@PathVariable long id, @Valid @RequestBody NewTerm request) {
        return inspectors.appoint(id, request);
    }

    @PostMapping("/inspectors/{id}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录培训 / Record a training")
    TrainingView train(@PathVariable long id, @Valid @RequestBody NewTraining request) {
        return inspectors.recordTraining(id, request);
    }

    @PostMapping("/inspectors/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录定期考核 / Record a periodic evaluation")
    EvaluationView evaluate(@PathVariable long id, @Valid @RequestBody NewEvaluation request) {
        return inspectors.recordEvaluation(id, request);
    }

    @PostMapping("/inspectors/{id}/dismissal")
    @Operation(summary = "解聘督学（其挂牌学校随之空缺） / Dismiss an inspector (their schools lose them)")
    InspectorView dismiss(@PathVariable long id, @Valid @RequestBody Dismissal request) {
        return inspectors.dismiss(id, request);
    }

    @PostMapping(path = "/inspectors/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入督学（逐行，附错误报告） / Import inspectors from .xlsx (row by row, with an error report)")
    ImportReport importInspectors(@RequestPart(name = "file", required = false) MultipartFile file) throws java.io.IOException {
        requireFile(file);
        return inspectorImport.run(file.getInputStream());
    }

    @GetMapping("/inspectors/public-contacts")
    @Operation(summary = "挂牌督学公开联系方式 / Public contact details of responsible inspectors")
    List<PublicContact> publicContacts() {
        return inspectors.publicDirectory();
    }

    @PutMapping("/schools/{schoolId}/responsible-inspector")
    @Operation(summary = "指定挂牌责任督学（已有则 409） / Assign the responsible inspector (409 if the school has one)")
    AssignmentView assign(@PathVariable long schoolId, @Valid @RequestBody AssignRequest request) {
        return inspectors.assign(schoolId, request.inspectorId(),
                request.assignedOn() == null ? LocalDate.now() : request.assignedOn());
    }

    @GetMapping("/schools/{schoolId}/responsible-inspector")
    @Operation(summary = "查看挂牌责任督学 / Read the responsible inspector")
    AssignmentView responsible(@PathVariable long schoolId) {
        return inspectors.responsibleInspector(schoolId).orElseThrow(() ->
                DomainException.notFound("挂牌责任督学", "responsible inspector of school", schoolId));
    }

    @DeleteMapping("/schools/{schoolId}/responsible-inspector")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销挂牌责任督学 / Remove the responsible inspector")
    void unassign(@PathVariable long schoolId) {
        inspectors.unassign(schoolId);
    }

    @GetMapping("/coverage")
    @Operation(summary = "挂牌督导覆盖情况与督学配比（列出违规） / Coverage and staffing ratios, with violations")
    CoverageReport coverage() {
        return coverage.report();
    }

    /** A missing file part is the caller's mistake: 400 naming the part. */
    private static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw org.dudao.shared.DomainException.invalid("file", "请上传文件（表单字段 file）", "upload a file in the form field \"file\"");
        }
    }
}
