package org.dudao.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dudao.notification.DigestLine;
import org.dudao.notification.OverdueDigestSource;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.rectification.RectificationService.RectificationQuery;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.SupervisionCaseService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The office's daily digest (docs/notifications.md): every plan or report that is overdue, or due within
 * {@code dudao.notification.digest.due-within-days} (default 3), with the ladder step that follows when its
 * deadline passes — the decision table decides; the digest names the usual next rung.
 */
@Component
class RectificationDigest implements OverdueDigestSource {

    private final RectificationService rectifications;
    private final SupervisionCaseService cases;
    private final OrganizationService organization;
    private final int dueWithinDays;

    RectificationDigest(RectificationService rectifications, SupervisionCaseService cases, OrganizationService organization,
                        @Value("${dudao.notification.digest.due-within-days:3}") int dueWithinDays) {
        this.rectifications = rectifications;
        this.cases = cases;
        this.organization = organization;
        this.dueWithinDays = dueWithinDays;
    }

    @Override
    public List<DigestLine> digestLines(LocalDate day) {
        List<RectificationView> owed = new ArrayList<>();
        for (RectificationStage stage : List.of(RectificationStage.PLAN, RectificationStage.REPORT)) {
            owed.addAll(rectifications.query(new RectificationQuery(null, null, stage, null), Pageable.unpaged()).getContent());
        }
        owed.removeIf(r -> r.currentDue() == null || r.currentDue().isAfter(day.plusDays(dueWithinDays)));
        owed.sort(Comparator.comparing(RectificationView::currentDue).thenComparing(RectificationView::id));
        Map<Long, UnitView> units = organization.units(owed.stream().map(RectificationView::unitId).distinct().toList())
                .stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        List<DigestLine> lines = new ArrayList<>();
        for (RectificationView r : owed) {
            UnitView unit = units.get(r.unitId());
            String item = (r.stage() == RectificationStage.PLAN ? "整改方案" : "整改报告")
                    + (r.currentDue().isBefore(day) ? "未按期报送" : "即将到期") + "（问题 " + r.findingId() + "）";
            lines.add(new DigestLine(r.caseId(), cases.get(r.caseId()).title(), unit == null ? null : unit.name(), item,
                    r.currentDue(), nextStep(r.urgingCount()), r.currentDue().plusDays(1)));
        }
        return lines;
    }

    private static String nextStep(int stepsSoFar) {
        return switch (stepsSoFar) {
            case 0 -> "督办通知";
            case 1 -> "约谈";
            case 2 -> "通报（严重问题：问责）";
            default -> "问责";
        };
    }
}
