package org.throughline.supervision;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.throughline.reflection.Reflection;

/** One shared reflection waiting for review: whose, since when, how long. No content. */
public class QueueItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long reflectionId;
    private final String coachName;
    private final Instant sharedAt;
    private final long waitingDays;
    private final String clientPseudonym;

    QueueItem(Reflection reflection, Instant now) {
        this.reflectionId = reflection.getId();
        this.coachName = reflection.getCoach().getDisplayName();
        this.sharedAt = reflection.getSharedAt();
        this.waitingDays = Duration.between(reflection.getSharedAt(), now).toDays();
        this.clientPseudonym = reflection.getSession() == null
                ? null
                : reflection.getSession().getEngagement().getClient().getPseudonym();
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
