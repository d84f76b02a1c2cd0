package org.throughline.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.throughline.identity.Account;
import org.throughline.identity.AccountService;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.PagedRows;

/** Administrators' list of accounts: create, change roles, deactivate, reactivate, set a one-time password. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String WORDS = "abcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    private AccountService accounts;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<Account> model;

    private String newEmail;
    private String newName;
    private List<String> newRoles = new ArrayList<>();
    private String newPassword;

    private Long editedId;
    private String editedEmail;
    private String editedName;
    private List<String> editedRoles = new ArrayList<>();
    private String oneTimePassword;

    public LazyDataModel<Account> getModel() {
        if (model == null) {
            model = new PagedRows<>(accounts::count, accounts::list, Account::getId);
        }
        return model;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public void startCreate() {
        newEmail = null;
        newName = null;
        newRoles = new ArrayList<>();
        newPassword = suggestPassword();
    }

    public void create() {
        try {
            Account account = accounts.create(newEmail, newName, toSet(newRoles), newPassword);
            Messages.info("accounts.created", account.getEmail());
            PrimeFaces.current().executeScript("PF('createDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void startEdit(Account account) {
        editedId = account.getId();
        editedEmail = account.getEmail();
        editedName = account.getDisplayName();
        editedRoles =
                new ArrayList<>(account.getRoles().stream().map(Role::name).toList());
        oneTimePassword = null;
    }

    public void saveEdit() {
        try {
            accounts.rename(editedId, editedName);
            accounts.changeRoles(editedId, toSet(editedRoles));
            Messages.info("accounts.saved", editedEmail);
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void suggestOneTimePassword() {
        oneTimePassword = suggestPassword();
    }

    public void setOneTime() {
        try {
            accounts.setOneTimePassword(editedId, oneTimePassword);
            Messages.info("accounts.oneTimeSet", editedEmail);
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void deactivate(Account account) {
        try {
            accounts.deactivate(account.getId());
            Messages.info("accounts.deactivated", account.getEmail());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void reactivate(Account account) {
        accounts.reactivate(account.getId());
        Messages.info("accounts.reactivated", account.getEmail());
    }

    public String roleNames(Account account) {
        StringBuilder names = new StringBuilder();
        for (Role role : account.getRoles()) {
            names.append(names.length() == 0 ? "" : ", ").append(Messages.text("role." + role.name()));
        }
        return names.toString();
    }

    /** Four random groups of letters and digits: easy to read out, long enough, never common. */
    private static String suggestPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 19; i++) {
            password.append(i % 5 == 4 ? '-' : WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return password.toString();
    }

    private static Set<Role> toSet(List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(name -> set.add(Role.valueOf(name)));
        }
        return set;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getEditedEmail() {
        return editedEmail;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void setOneTimePassword(String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }
}
