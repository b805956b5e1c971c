package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The office's daily digest: what the sources report, once a day however many nodes try. */
@DudaoIntegrationTest
class DigestIT {

    /** Stands in for the process layer's source of overdue items. */
    record FixedOverdueItems(List<DigestLine> lines) implements OverdueDigestSource {

        @Override
        public List<DigestLine> digestLines(LocalDate day) {
            return lines;
        }
    }

    @Autowired DigestService digests;
    @Autowired NoticeService notices;

    /** A day of its own per test, so the tests never share a digest key. */
    final LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    final List<Recipient> office = List.of(Recipient.of(RecipientRole.OFFICE, "督导办值班", "office-" + day + "@dudao.test"));
    final OverdueDigestSource source = new FixedOverdueItems(List.of(
            new DigestLine(11L, "2026年春季三溪镇中心小学综合督导", "三溪镇中心小学", "整改方案未按期报送",
                    day.minusDays(6), "督办通知", day.plusDays(1)),
            new DigestLine(12L, "2026年飞龙镇人民政府履职督导", "飞龙镇人民政府", "督办期限已过仍未整改",
                    day.minusDays(2), "约谈", null)));

    @Test
    void theDigestListsWhatIsOverdueAndWhatEscalatesNext() {
        long id = digests.issueDigest(day, List.of(source), office).orElseThrow();

        NoticeDetails digest = notices.get(id);
        assertThat(digest.idempotencyKey()).isEqualTo("digest:" + day);
        assertThat(digest.notice().kind()).isEqualTo(NoticeKind.DIGEST);
        assertThat(digest.notice().subject()).startsWith("【每日汇总】武胜县教育督导逾期及升级事项");
        assertThat(digest.bodyText()).contains(
                "三溪镇中心小学｜2026年春季三溪镇中心小学综合督导｜整改方案未按期报送（期限 "
                        + NoticeRenderer.DATE.format(day.minusDays(6)) + "，逾期 6 天） → 下一步：督办通知（"
                        + NoticeRenderer.DATE.format(day.plusDays(1)) + "）",
                "飞龙镇人民政府｜2026年飞龙镇人民政府履职督导｜督办期限已过仍未整改（期限 "
                        + NoticeRenderer.DATE.format(day.minusDays(2)) + "，逾期 2 天） → 下一步：约谈");
        assertThat(digest.notice().deliveries()).extracting(NoticeSummary.Delivery::email)
                .containsExactly("office-" + day + "@dudao.test");
    }

    @Test
    void aSecondRunOnTheSameDayIssuesNothingNew() {
        long first = digests.issueDigest(day, List.of(source), office).orElseThrow();
        long second = digests.issueDigest(day, List.of(source), office).orElseThrow();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void nothingOverdueOrNobodyToTellMeansNoDigest() {
        assertThat(digests.issueDigest(day, List.of(new FixedOverdueItems(List.of())), office)).isEmpty();
        assertThat(digests.issueDigest(day, List.of(source), List.of())).isEmpty();
        assertThat(digests.issueDigest(day, List.of(), office)).isEmpty();
    }

    @Test
    void twoNodesAtTheSameMomentMakeOneDigest() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return digests.issueDigest(day, List.of(source), office);
                    } catch (DataIntegrityViolationException e) {
                        return e;
                    }
                }));
            }
            for (Future<Object> run : runs) {
                outcomes.add(run.get(1, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        long id = notices.findByIdempotencyKey("digest:" + day).orElseThrow().id();
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .satisfiesAnyOf(o -> assertThat(o).isEqualTo(Optional.of(id)),
                        o -> assertThat(o).isInstanceOf(DataIntegrityViolationException.class)));
        assertThat(notices.get(id).notice().deliveries()).hasSize(1);
    }
}
