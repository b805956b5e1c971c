package org.dudao.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of any one entity (a case's whole trail is at /api/cases/{id}/audit). */
@RestController
@RequestMapping("/api")
@Tag(name = "审计 Audit", description = "谁在何时改了什么 / Who changed what, and when")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    @Operation(summary = "某一对象的审计记录，如 entityType=Unit&entityId=7 / Audit trail of one entity, e.g. entityType=Unit&entityId=7")
    List<AuditTrail.Entry> entity(@RequestParam @Pattern(regexp = "[A-Za-z]{1,60}") String entityType,
                                  @RequestParam long entityId) {
        return trail.forEntity(entityType, entityId);
    }
}
