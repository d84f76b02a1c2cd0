package org.throughline.shared;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
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

    /**
     * Writes what is pending; when a unique key of the database refuses it (someone else did the same
     * at the same moment, past the service's own check), that is this rule rather than a server error.
     */
    public static void flushOrRefuse(EntityManager em, String messageKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLIntegrityConstraintViolationException) {
                    throw new RuleViolation(messageKey);
                }
            }
            throw e;
        }
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
