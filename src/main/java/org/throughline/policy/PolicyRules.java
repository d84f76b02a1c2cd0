package org.throughline.policy;

import org.throughline.shared.RuleViolation;

/** The rules a policy's settings must meet before they are saved. */
public final class PolicyRules {

    private PolicyRules() {}

    public static void check(PolicySettings settings) {
        String name = settings.getName() == null ? "" : settings.getName().strip();
        if (name.isEmpty()) {
            throw new RuleViolation("policy.nameRequired");
        }
        if (name.length() > ConfidentialityPolicy.MAX_NAME) {
            throw new RuleViolation("policy.nameTooLong", ConfidentialityPolicy.MAX_NAME);
        }
        settings.setName(name);
        Integer length = settings.getMaxNoteLength();
        if (length == null
                || length < ConfidentialityPolicy.MIN_NOTE_LENGTH
                || length > ConfidentialityPolicy.MAX_NOTE_LENGTH) {
            throw new RuleViolation(
                    "policy.noteLengthRange",
                    ConfidentialityPolicy.MIN_NOTE_LENGTH,
                    ConfidentialityPolicy.MAX_NOTE_LENGTH);
        }
        Integer hours = settings.getBreakGlassHours();
        if (hours == null || hours < 1 || hours > ConfidentialityPolicy.MAX_BREAK_GLASS_HOURS) {
            throw new RuleViolation("policy.breakGlassHoursRange", ConfidentialityPolicy.MAX_BREAK_GLASS_HOURS);
        }
        if (settings.getHandoverRule() == null) {
            throw new RuleViolation("policy.handoverRequired");
        }
    }
}
