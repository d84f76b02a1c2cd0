package org.throughline.retention;

/** A legal hold in force, with the client's pseudonym and who placed it, for the administrators' list. */
public class HoldRow {

    private final LegalHold hold;
    private final String pseudonym;
    private final String placedBy;

    public HoldRow(LegalHold hold, String pseudonym, String placedBy) {
        this.hold = hold;
        this.pseudonym = pseudonym;
        this.placedBy = placedBy;
    }

    public LegalHold getHold() {
        return hold;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public String getPlacedBy() {
        return placedBy;
    }
}
