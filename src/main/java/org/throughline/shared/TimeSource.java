package org.throughline.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The application's one clock, so that rules that depend on time can be tested with a fixed one. */
@ApplicationScoped
public class TimeSource {

    private Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /**
     * Lets time run from a chosen clock: for tests, and for the demo, which writes its history at
     * start-up on the days it happened (org.throughline.demo.DemoHistory).
     */
    public void use(Clock replacement) {
        this.clock = replacement;
    }
}
