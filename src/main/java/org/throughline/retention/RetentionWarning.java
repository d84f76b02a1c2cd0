package org.throughline.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.throughline.identity.Account;
import org.throughline.identity.Role;
import org.throughline.shared.TimeSource;
import org.throughline.shared.web.Messages;

/**
 * Tells the active administrators by e-mail how many records reach the end of their retention
 * period within the warning days, per kind of record: counts only, never which records. Sent after
 * the nightly purge, when there is something to say.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionWarning {

    private static final Logger LOG = Logger.getLogger(RetentionWarning.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RetentionService retention;

    @Inject
    private TimeSource time;

    @Resource(lookup = "mail/throughline")
    private jakarta.mail.Session mail;

    /** Sends the warning to every active administrator; returns how many were told (0 when nothing comes due). */
    public int warnAdministrators() {
        List<CategoryPreview> preview = retention.preview();
        long total = preview.stream().mapToLong(CategoryPreview::getDueSoon).sum();
        if (total == 0) {
            return 0;
        }
        int days = retention.settings().getWarningDays();
        StringBuilder body = new StringBuilder(text("warning.intro", total, days)).append("\n\n");
        for (CategoryPreview category : preview) {
            if (category.getDueSoon() > 0) {
                body.append(text(
                                "warning.line",
                                text("category." + category.getCategory()),
                                category.getDueSoon(),
                                text("disposal." + category.getRule().getDisposal())))
                        .append('\n');
            }
        }
        body.append('\n').append(text("warning.outro"));
        int told = 0;
        for (Account admin : em.createNamedQuery("Account.activeWithRole", Account.class)
                .setParameter("role", Role.ADMIN)
                .getResultList()) {
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(admin.getEmail(), true));
                message.setSubject(text("warning.subject", total), "UTF-8");
                message.setText(body.toString(), "UTF-8");
                message.setSentDate(Date.from(time.now()));
                Transport.send(message);
                told++;
            } catch (MessagingException e) {
                LOG.warning("Retention warning not sent to administrator " + admin.getId() + ": "
                        + e.getClass().getSimpleName());
            }
        }
        return told;
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(Locale.ENGLISH, key, arguments);
    }
}
