package org.throughline.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in account (with its roles), read from the database once per request — or once per
 * timer run — however many services ask. Keyed by e-mail, because work that runs as another account
 * ({@code @RunAs}) asks in the same request. What it returns is a snapshot for reading (id, e-mail,
 * name, roles, state); a record that refers to the account takes the managed one from its own
 * persistence context ({@code AccessGuard.signedIn()}).
 */
@RequestScoped
public class SignedInAccounts {

    @PersistenceContext
    private EntityManager em;

    private final Map<String, Optional<Account>> read = new HashMap<>();

    /** The account with this e-mail, as this request first read it; empty when there is none. */
    public Optional<Account> account(String email) {
        return read.computeIfAbsent(email, given -> em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", given)
                .getResultStream()
                .findFirst());
    }
}
