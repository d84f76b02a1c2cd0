package org.throughline.audit;

/** An audit entry with the name of whoever acted, for the administrators' list. */
public class AuditRow {

    private final AuditEntry entry;
    private final String actorName;

    public AuditRow(AuditEntry entry, String actorName) {
        this.entry = entry;
        this.actorName = actorName;
    }

    public AuditEntry getEntry() {
        return entry;
    }

    /** The actor's name, or null for the system or a removed account. */
    public String getActorName() {
        return actorName;
    }
}
