package org.throughline.retention.web;

import org.throughline.shared.web.Messages;

/** The clock of a request's deadline as the lists show it: due in N days, due today, overdue by N days. */
final class Deadline {

    private Deadline() {}

    /** The label for {@code daysLeft} (null when the request is answered: empty). */
    static String label(Long daysLeft) {
        if (daysLeft == null) {
            return "";
        }
        if (daysLeft > 0) {
            return Messages.text("deadline.dueIn", daysLeft);
        }
        return daysLeft == 0 ? Messages.text("deadline.dueToday") : Messages.text("deadline.overdue", -daysLeft);
    }
}
