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

    /** For tests only: let time run from a chosen clock. */
    public void use(Clock replacement) {
        this.clock = replacement;
    }
}
