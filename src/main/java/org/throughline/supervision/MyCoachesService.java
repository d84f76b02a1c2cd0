package org.throughline.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.throughline.identity.Account;
import org.throughline.identity.Role;

/** The coaches the signed-in supervisor supervises; the query is scoped to the caller. */
@Stateless
@RolesAllowed(Role.SUPERVISOR_NAME)
public class MyCoachesService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    public List<Account> myCoaches() {
        return em.createQuery(
                        "select a from Account a, CoachSupervision s"
                                + " where s.coachId = a.id and s.supervisor.email = :me order by a.displayName",
                        Account.class)
                .setParameter("me", caller.getCallerPrincipal().getName())
                .getResultList();
    }
}
