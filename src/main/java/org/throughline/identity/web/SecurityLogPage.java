package org.throughline.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import org.throughline.identity.SecurityEvent;
import org.throughline.identity.SecurityLogService;
import org.throughline.identity.SignInThrottle;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;

/** Administrators' view of the security log, newest first, filtered by e-mail and kind of event. */
@Named
@ViewScoped
public class SecurityLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLogService log;

    private String email;
    private SecurityEvent.Type type;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<SecurityEvent> model;

    /** The detail in words: a refusal's reason, or the roles an account was given. */
    public String detailText(SecurityEvent event) {
        String detail = event.getDetail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (detail.startsWith(SignInThrottle.DELAYED + " ")) {
            return Messages.text("securityDetail.DELAYED", detail.substring(SignInThrottle.DELAYED.length() + 1));
        }
        String reason = Messages.text("securityDetail." + detail);
        if (!reason.startsWith("securityDetail.")) {
            return reason;
        }
        return Arrays.stream(detail.split(","))
                .map(role -> Messages.text("role." + role))
                .collect(Collectors.joining(", "));
    }

    public LazyDataModel<SecurityEvent> getModel() {
        if (model == null) {
            model = new PagedRows<>(
                    () -> log.count(email, type),
                    (first, size) -> log.list(email, type, first, size),
                    SecurityEvent::getId);
        }
        return model;
    }

    public SecurityEvent.Type[] getTypes() {
        return SecurityEvent.Type.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public SecurityEvent.Type getType() {
        return type;
    }

    public void setType(SecurityEvent.Type type) {
        this.type = type;
    }
}
