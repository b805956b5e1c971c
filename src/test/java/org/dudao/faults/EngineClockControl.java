package org.dudao.faults;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: moves the clock of a fault-test node forward, as an NTP step or a resumed VM would. It
 * lives in the test sources (no jar carries it) and answers only with the profile {@code fault-clock},
 * which only {@link AppNode} sets. It moves Camunda's clock, which the engine reads for due timers and
 * job locks and {@code CountyCalendar} reads for "today"; the outbox keeps the system clock.
 */
@RestController
@Profile(AppNode.CLOCK_PROFILE)
@RequestMapping("/api/test-only/clock")
class EngineClockControl {

    @PostMapping("/forward")
    Map<String, String> forward(@RequestParam String by) {
        long offset = ClockUtil.now().getTime() - System.currentTimeMillis() + Duration.parse(by).toMillis();
        ClockUtil.offset(offset);
        return Map.of("now", ClockUtil.now().toInstant().toString());
    }
}
