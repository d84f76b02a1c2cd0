package org.throughline.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused what was asked. Carries a message-bundle key (and its arguments) that the
 * screen shows as it is; the transaction is rolled back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
