package org.throughline.policy;

/**
 * Every database column that holds sealed content, so that key rotation (and the tests that look
 * for clear text) know them all. A new sealed column must be added here.
 */
public enum SealedColumn {
    ENGAGEMENT_GOAL("engagement", "goal_sealed"),
    ENGAGEMENT_BASELINE("engagement", "baseline_sealed"),
    ENGAGEMENT_CLOSE_REASON("engagement", "close_reason_sealed"),
    ENGAGEMENT_NORM("engagement", "norm_sealed"),
    BREAK_GLASS_REASON("break_glass", "reason"),
    HOLD_REASON("legal_hold", "reason"),
    ERASURE_REASON("erasure_request", "reason"),
    ACCESS_IDENTITY_CHECK("subject_access_request", "identity_check"),
    ACCESS_EXTENSION_REASON("subject_access_request", "extension_reason"),
    SESSION_CHECKIN("coaching_session", "checkin_sealed"),
    SESSION_FOCUS("coaching_session", "focus_sealed"),
    SESSION_INSIGHT("coaching_session", "insight_sealed"),
    SESSION_OBSTACLE("coaching_session", "obstacle_sealed"),
    SESSION_FOLLOW_UP("coaching_session", "follow_up_sealed"),
    ACTION_DESCRIPTION("session_action", "description_sealed"),
    ACTION_WHEN("session_action", "due_sealed"),
    ACTION_NOTICE("session_action", "notice_sealed"),
    ACTION_SUPPORT("session_action", "support_sealed"),
    ACTION_RESULT_NOTE("session_action", "result_note_sealed"),
    FEEDBACK_ANSWERS("feedback_check", "answers_sealed"),
    FEEDBACK_ADJUSTMENTS("feedback_check", "adjustments_sealed"),
    REFLECTION_CONTENT("reflection", "content_sealed"),
    DEVELOPMENT_NOTE("development_note", "note_sealed");

    private final String table;
    private final String column;

    SealedColumn(String table, String column) {
        this.table = table;
        this.column = column;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }
}
