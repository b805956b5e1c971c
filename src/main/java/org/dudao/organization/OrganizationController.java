package org.dudao.organization;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dudao.organization.OrganizationService.ContactDetails;
import org.dudao.organization.OrganizationService.ContactView;
import org.dudao.organization.OrganizationService.NewUnit;
import org.dudao.organization.OrganizationService.UnitChanges;
import org.dudao.organization.OrganizationService.UnitQuery;
import org.dudao.organization.OrganizationService.UnitView;
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
@Tag(name = "单位 Units", description = "乡镇、县级部门、学校（幼儿园）及其联系人和督学联络员 / Townships, county departments, schools and their contacts and liaisons")
class OrganizationController {

    record LiaisonRequest(@NotNull Long contactId) {
    }

    private final OrganizationService organization;
    private final SchoolImport schoolImport;

    OrganizationController(OrganizationService organization, SchoolImport schoolImport) {
        this.organization = organization;
        this.schoolImport = schoolImport;
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建单位 / Create a unit")
    UnitView create(@Valid @RequestBody NewUnit request) {
        return organization.create(request);
    }

    @GetMapping("/units")
    @Operation(summary = "查询单位（分页） / Query units (paged)")
    PageResponse<UnitView> query(@RequestParam(required = false) UnitKind kind,
                                 @RequestParam(required = false) Long townshipId,
                                 @RequestParam(required = false) SchoolKind schoolKind,
                                 @RequestParam(required = false) Ownership ownership,
                                 @RequestParam(required = false) Boolean committeeMember,
                                 @RequestParam(required = false) @Size(max = 100) String q,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        var result = organization.query(new UnitQuery(kind, townshipId, schoolKind, ownership, committeeMember, q),
                PageRequest.of(page, size, Sort.by("kind", "code")));
        return PageResponse.of(result, u -> u);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "查看单位 / Read a unit")
    UnitView read(@PathVariable long id) {
        return organization.unit(id);
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "修改单位（代码和类别不可改） / Update a unit (code and kind are fixed)")
    UnitView update(@PathVariable long id, @Valid @RequestBody UnitChanges request) {
        return organization.update(id, request);
    }

    @GetMapping("/units/{id}/contacts")
    @Operation(summary = "单位联系人 / Contacts of a unit")
    List<ContactView> contacts(@PathVariable long id) {
        return organization.contacts(id);
    }

    @PostMapping("/units/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增联系人（可设为督学联络员，每单位一名） / Add a contact (optionally the unit's one liaison)")
    ContactView addContact(@PathVariable long id, @Valid @RequestBody ContactDetails request) {
        return organization.addContact(id, request);
    }

    @PutMapping("/contacts/{contactId}")
    @Operation(summary = "修改联系人 / Update a contact")
    ContactView updateContact(@PathVariable long contactId, @Valid @RequestBody ContactDetails request) {
        return organization.updateContact(contactId, request);
    }

    @DeleteMapping("/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除联系人 / Remove a contact")
    void removeContact(@PathVariable long contactId) {
        organization.removeContact(contactId);
    }

    @PutMapping("/units/{id}/liaison")
    @Operation(summary = "指定督学联络员（已有则 409） / Designate the liaison (409 if the unit has one)")
    ContactView designateLiaison(@PathVariable long id, @Valid @RequestBody LiaisonRequest request) {
        return organization.designateLiaison(id, request.contactId());
    }

    @DeleteMapping("/units/{id}/liaison")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销督学联络员 / Revoke the liaison")
    void revokeLiaison(@PathVariable long id) {
        organization.revokeLiaison(id);
    }

    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入学校（逐行，附错误报告） / Import schools from .xlsx (row by row, with an error report)")
    ImportReport importSchools(@RequestPart(name = "file", required = false) MultipartFile file) throws java.io.IOException {
        requireFile(file);
        return schoolImport.run(file.getInputStream());
    }

    /** A missing file part is the caller's mistake: 400 naming the part. */
    private static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw org.dudao.shared.DomainException.invalid("file", "请上传文件（表单字段 file）", "upload a file in the form field \"file\"");
        }
    }
}
