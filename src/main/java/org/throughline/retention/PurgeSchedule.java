package org.throughline.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.throughline.identity.Role;

/**
 * Starts the purge every night at {@code throughline.purge.time} (HH:mm, UTC). Every instance has
 * this timer; the purge's lease makes sure only one of them runs at a time.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
@Lock(LockType.READ)
public class PurgeSchedule {

    private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());
    private static final LocalTime DEFAULT = LocalTime.of(2, 30);

    @Resource
    private TimerService timers;

    @Inject
    private PurgeService purge;

    @Inject
    @ConfigProperty(name = "throughline.purge.time", defaultValue = "02:30")
    private String purgeTime;

    private LocalTime at = DEFAULT;

    /** The time of day (UTC) at which the purge runs every night. */
    @RolesAllowed(Role.ADMIN_NAME)
    public LocalTime getTime() {
        return at;
    }

    @PostConstruct
    void schedule() {
        try {
            at = LocalTime.parse(purgeTime.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "throughline.purge.time is not a time of day (HH:mm): '" + purgeTime
                    + "'; the purge runs at " + DEFAULT + " UTC");
        }
        ScheduleExpression nightly = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone("UTC");
        timers.createCalendarTimer(nightly, new TimerConfig("nightly purge", false));
        LOG.info("The purge runs every night at " + at + " UTC");
    }

    @Timeout
    void run() {
        try {
            purge.runNightly();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The nightly purge failed; it is tried again tomorrow, or run it from the Retention page",
                    e);
        }
    }
}
