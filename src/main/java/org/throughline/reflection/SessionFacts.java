package org.throughline.reflection;

import java.io.Serializable;
import java.time.LocalDate;
import org.throughline.session.CoachingSession;

/** What a reflection shows of its session: date, client pseudonym, number, duration — no note. */
public class SessionFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final String clientPseudonym;
    private final int number;
    private final int durationMinutes;
    private String clientName;

    SessionFacts(CoachingSession session) {
        this(
                session.getDate(),
                session.getEngagement().getClient().getPseudonym(),
                session.getNumber(),
                session.getDurationMinutes());
    }

    SessionFacts(LocalDate date, String clientPseudonym, int number, int durationMinutes) {
        this.date = date;
        this.clientPseudonym = clientPseudonym;
        this.number = number;
        this.durationMinutes = durationMinutes;
    }

    static SessionFacts of(CoachingSession session) {
        return session == null ? null : new SessionFacts(session);
    }

    void showClientName(String name) {
        this.clientName = name;
    }

    /** The client's name where the policy lets the reader see it; otherwise null (pseudonym only). */
    public String getClientName() {
        return clientName;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getClientPseudonym() {
        return clientPseudonym;
    }

    public int getNumber() {
        return number;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }
}
