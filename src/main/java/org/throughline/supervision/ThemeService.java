package org.throughline.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;

/** The short list of development themes, kept by administrators. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ThemeService {

    public static final int MAX_NAME = 80;

    @PersistenceContext
    private EntityManager em;

    public List<DevelopmentTheme> all() {
        return em.createQuery("select t from DevelopmentTheme t order by t.active desc, t.name", DevelopmentTheme.class)
                .getResultList();
    }

    public DevelopmentTheme add(String name) {
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > MAX_NAME) {
            throw new RuleViolation("theme.nameRange", MAX_NAME);
        }
        boolean taken =
                em.createQuery("select count(t) from DevelopmentTheme t where lower(t.name) = lower(:n)", Long.class)
                                .setParameter("n", given)
                                .getSingleResult()
                        > 0;
        if (taken) {
            throw new RuleViolation("theme.nameTaken");
        }
        DevelopmentTheme theme = new DevelopmentTheme(given);
        em.persist(theme);
        return theme;
    }

    /** Takes a theme off the list for new notes; notes that carry it keep it. */
    public void setActive(long id, boolean active) {
        DevelopmentTheme theme = em.find(DevelopmentTheme.class, id);
        if (theme == null) {
            throw new RuleViolation("review.themeNotFound");
        }
        theme.setActive(active);
    }
}
