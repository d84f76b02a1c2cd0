package org.throughline.session;

/** What became of an action, recorded at the next session: information, never a failure mark. */
public final class FollowUp {

    private FollowUp() {}

    /** How far the client got. */
    public enum Result {
        DONE,
        PARTLY,
        NOT_DONE,
        DROPPED
    }

    /** Why a result fell short of done. */
    public enum Reason {
        TOO_LARGE,
        BADLY_TIMED,
        UNCLEAR,
        LESS_IMPORTANT,
        OTHER_OBSTACLE,
        OTHER
    }
}
