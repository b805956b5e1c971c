package org.dudao.rectification;

import java.util.Optional;

import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.UnitLabel;
import org.dudao.organization.Ownership;
import org.dudao.organization.UnitKind;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.springframework.stereotype.Component;

/** Everything the rectification and ladder beans read about one finding: its case, unit and rectification. */
@Component
public class FindingContext {

    /** One finding with its case, unit and (once opened) rectification. */
    public record Finding(CaseView kase, FindingView finding, UnitLabel unit, Optional<RectificationView> rectification) {

        /** Unit and case, e.g. 三溪镇中心小学 · 2026年春季综合督导. */
        public String label() {
            return unit.name() + " · " + kase.title();
        }

        /** e.g. 【严重】安全稳定 — 消防通道堵塞 */
        public String line() {
            return "【" + finding.severity().label() + "】" + finding.categoryLabel() + " — " + finding.description();
        }

        public boolean privateSchool() {
            return unit.kind() == UnitKind.SCHOOL && unit.ownership() == Ownership.PRIVATE;
        }

        public RectificationView requireRectification() {
            return rectification.orElseThrow(() -> new IllegalStateException(
                    "finding " + finding.id() + " has no rectification yet"));
        }
    }

    private final SupervisionCaseService cases;
    private final RectificationService rectifications;
    private final OrganizationService organization;

    FindingContext(SupervisionCaseService cases, RectificationService rectifications, OrganizationService organization) {
        this.cases = cases;
        this.rectifications = rectifications;
        this.organization = organization;
    }

    public Finding of(long findingId) {
        FindingView finding = cases.finding(findingId);
        return new Finding(cases.get(finding.caseId()), finding, organization.label(finding.unitId()),
                rectifications.findForFinding(findingId));
    }
}
