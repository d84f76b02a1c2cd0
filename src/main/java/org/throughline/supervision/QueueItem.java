package org.throughline.supervision;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One shared reflection waiting for review: whose, since when, how long. No content. */
public class QueueItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long reflectionId;
    private final String coachName;
    private final Instant sharedAt;
    private final long waitingDays;
    private final String clientPseudonym;

    QueueItem(long reflectionId, String coachName, Instant sharedAt, String clientPseudonym, Instant now) {
        this.reflectionId = reflectionId;
        this.coachName = coachName;
        this.sharedAt = sharedAt;
        this.waitingDays = Duration.between(sharedAt, now).toDays();
        this.clientPseudonym = clientPseudonym;
    }

    public long getReflectionId() {
        return reflectionId;
    }

    public String getCoachName() {
        return coachName;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public long getWaitingDays() {
        return waitingDays;
    }

    public String getClientPseudonym() {
        return clientPseudonym;
    }
}
