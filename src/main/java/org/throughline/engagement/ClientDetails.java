package org.throughline.engagement;

import java.util.Locale;
import java.util.regex.Pattern;
import org.throughline.shared.RuleViolation;

/** What an administrator types about a client, checked and tidied: name required, the rest optional. */
public record ClientDetails(String name, String email, String organization) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Checks the typed values and returns them trimmed, with empty optional values as null. */
    public static ClientDetails of(String name, String email, String organization) {
        String cleanName = trim(name);
        if (cleanName == null) {
            throw new RuleViolation("client.nameRequired");
        }
        if (cleanName.length() > Client.MAX_NAME) {
            throw new RuleViolation("client.nameTooLong", Client.MAX_NAME);
        }
        String cleanEmail = trim(email);
        if (cleanEmail != null) {
            cleanEmail = cleanEmail.toLowerCase(Locale.ROOT);
            if (cleanEmail.length() > Client.MAX_EMAIL
                    || !EMAIL.matcher(cleanEmail).matches()) {
                throw new RuleViolation("client.emailInvalid");
            }
        }
        String cleanOrganization = trim(organization);
        if (cleanOrganization != null && cleanOrganization.length() > Client.MAX_ORGANIZATION) {
            throw new RuleViolation("client.organizationTooLong", Client.MAX_ORGANIZATION);
        }
        return new ClientDetails(cleanName, cleanEmail, cleanOrganization);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
