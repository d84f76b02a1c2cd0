package org.throughline.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.throughline.identity.Account;
import org.throughline.identity.SignedInAccounts;

/** Who is signed in, for the header and the pages; loaded at most once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SignedInAccounts accounts;

    @Inject
    private HttpServletRequest request;

    private Account account;

    /** The signed-in account, or null for an anonymous request. */
    public Account getAccount() {
        if (account == null && request.getRemoteUser() != null) {
            account = accounts.account(request.getRemoteUser()).orElse(null);
        }
        return account;
    }

    public String getDisplayName() {
        Account me = getAccount();
        return me == null ? "" : me.getDisplayName();
    }

    public String getEmail() {
        Account me = getAccount();
        return me == null ? "" : me.getEmail();
    }
}
