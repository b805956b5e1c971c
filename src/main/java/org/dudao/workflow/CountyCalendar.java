package org.dudao.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Days and deadlines in the county's time zone. A deadline day D ends at D+1 00:00 local time: that
 * instant is the timer date and the task due date the models use.
 */
@Component
public class CountyCalendar {

    private final ZoneId zone;
    private final Clock clock;

    CountyCalendar(@Value("${dudao.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
        this.clock = Clock.system(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The end of day {@code day}: the instant a deadline on that day passes. */
    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * When to remind of a deadline {@code leadDays} ahead. A reminder whose moment is no longer in the
     * future is put a day after the later of the deadline and now, so the deadline's own timer always
     * comes first and no late reminder goes out.
     */
    public Date reminderBefore(LocalDate deadline, int leadDays) {
        Instant due = endOf(deadline).toInstant();
        Instant remind = deadline.minusDays(leadDays).atStartOfDay(zone).toInstant();
        if (remind.isAfter(now())) {
            return Date.from(remind);
        }
        Instant later = due.isAfter(now()) ? due : now();
        return Date.from(later.plus(java.time.Duration.ofDays(1)));
    }
}
