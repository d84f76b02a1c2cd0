package org.throughline.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.shared.TimeSource;

/**
 * Sign-in attempts by source (an address, or an IPv6 /64): past {@code THROUGHLINE_SIGNIN_SLOW_AFTER}
 * failures from one source within {@link #WINDOW} (default 10), each new attempt waits a growing
 * delay ({@code THROUGHLINE_SIGNIN_DELAY_MS} per failure beyond, default 1000, at most 10 steps);
 * past {@code THROUGHLINE_SIGNIN_REFUSE_AFTER} (default 30) the source is refused, whatever the
 * password, until its failures are older than the window. A browser with a known-device cookie is
 * exempt ({@link KnownDevice}); the per-account lock-out applies to everyone. The counts come from the
 * security log, so every instance sees the same.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_STEPS = 10;

    /** The detail of the security-log entry of a refused attempt. */
    static final String REFUSED = "REFUSED";

    /** The detail of the security-log entry of a delayed attempt, followed by the milliseconds. */
    public static final String DELAYED = "DELAYED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Inject
    @ConfigProperty(name = "throughline.signin.slow-after", defaultValue = "10")
    int slowAfter;

    @Inject
    @ConfigProperty(name = "throughline.signin.refuse-after", defaultValue = "30")
    int refuseAfter;

    @Inject
    @ConfigProperty(name = "throughline.signin.delay-ms", defaultValue = "1000")
    long delayStep;

    /** How long an attempt from this address should wait before it is checked; 0 for most. */
    public long delayFor(String remoteAddress, boolean knownDevice) {
        long failures = knownDevice ? 0 : failuresFrom(remoteAddress);
        if (failures < slowAfter) {
            return 0;
        }
        return Math.min(failures - slowAfter + 1, MAX_STEPS) * delayStep;
    }

    /** Whether attempts from this address are refused now, whatever the password. */
    boolean refuses(String remoteAddress, boolean knownDevice) {
        return !knownDevice && failuresFrom(remoteAddress) >= refuseAfter;
    }

    /** Failed and refused attempts from the address's source within the window. */
    private long failuresFrom(String remoteAddress) {
        String source = SignInSource.of(remoteAddress);
        if (source == null) {
            return 0;
        }
        LocalDateTime since = LocalDateTime.ofInstant(time.now().minus(WINDOW), ZoneOffset.UTC);
        return ((Number) em.createNativeQuery("select count(*) from security_event where source = ?1"
                                + " and (event_type = 'SIGN_IN_FAILED' or (event_type = 'SIGN_IN_THROTTLED'"
                                + " and detail = '" + REFUSED + "')) and occurred_at > ?2")
                        .setParameter(1, source)
                        .setParameter(2, since)
                        .getSingleResult())
                .longValue();
    }
}
