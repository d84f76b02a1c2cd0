package org.throughline.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.throughline.identity.AccountService;
import org.throughline.identity.PasswordPolicy;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/** Changing one's own password; also the forced change after a one-time password. */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isForced() {
        return currentUser.getAccount().isMustChangePassword();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.error("password.confirmationDiffers");
            return;
        }
        try {
            boolean wasForced = isForced();
            int stamp = accounts.changeOwnPassword(currentPassword, newPassword);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getSessionMap()
                    .put(AreaAccessFilter.STAMP, stamp);
            Messages.info("password.changed");
            Navigation.redirectKeepingMessages(wasForced ? "/index.xhtml" : "/account/password.xhtml");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
