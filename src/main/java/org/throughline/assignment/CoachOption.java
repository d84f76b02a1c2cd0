package org.throughline.assignment;

import org.throughline.identity.Account;

/** A coach as the assignment screen shows them: profile, current load, and how well they match. */
public class CoachOption {

    private final Account account;
    private final CoachProfile profile;
    private final long load;
    private final boolean languageMatch;
    private final boolean specialtyMatch;

    CoachOption(Account account, CoachProfile profile, long load, boolean languageMatch, boolean specialtyMatch) {
        this.account = account;
        this.profile = profile;
        this.load = load;
        this.languageMatch = languageMatch;
        this.specialtyMatch = specialtyMatch;
    }

    /** Can take the engagement without an override: accepting and below capacity. */
    public boolean isAvailable() {
        return profile.isAccepting() && getSpare() > 0;
    }

    /** Spare places: capacity less planned and active engagements (never below zero). */
    public long getSpare() {
        return Math.max(0, profile.getCapacity() - load);
    }

    int matchScore() {
        return (languageMatch ? 2 : 0) + (specialtyMatch ? 1 : 0);
    }

    public Account getAccount() {
        return account;
    }

    public CoachProfile getProfile() {
        return profile;
    }

    public long getLoad() {
        return load;
    }

    public boolean isLanguageMatch() {
        return languageMatch;
    }

    public boolean isSpecialtyMatch() {
        return specialtyMatch;
    }
}
