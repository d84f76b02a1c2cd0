package org.throughline.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.throughline.identity.Role;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/** Client records, for administrators: list and search (in the database), create, correct. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    /** Clients whose name, e-mail, organization or pseudonym contains {@code search}, by name. */
    public List<Client> list(String search, int first, int size) {
        return query("select c from Client c", search, Client.class, " order by c.displayName, c.id")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** The most recently added clients first: the choices when starting an engagement. */
    public List<Client> newest(int size) {
        return em.createQuery("select c from Client c order by c.createdAt desc, c.id desc", Client.class)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String search) {
        return query("select count(c) from Client c", search, Long.class, "").getSingleResult();
    }

    public Client find(long id) {
        return Optional.ofNullable(em.find(Client.class, id)).orElseThrow(() -> new RuleViolation("client.notFound"));
    }

    /** Other clients with the same name and e-mail: probably the same person. */
    public List<Client> likelyDuplicates(ClientDetails details) {
        return em.createQuery(
                        "select c from Client c where lower(c.displayName) = :name"
                                + " and ((c.email is null and :email is null) or c.email = :email) order by c.id",
                        Client.class)
                .setParameter("name", details.name().toLowerCase(Locale.ROOT))
                .setParameter("email", details.email())
                .getResultList();
    }

    /**
     * Creates a client with a new pseudonym code. A likely duplicate is refused unless the
     * administrator has seen the warning and confirmed.
     */
    public Client create(ClientDetails details, boolean duplicateConfirmed) {
        if (!duplicateConfirmed && !likelyDuplicates(details).isEmpty()) {
            throw new RuleViolation("client.likelyDuplicate");
        }
        Client client = new Client(details, newPseudonym(), time.now());
        em.persist(client);
        em.flush();
        return client;
    }

    /** Corrects name, e-mail or organization; the pseudonym never changes. */
    public Client update(long id, ClientDetails details) {
        Client client = find(id);
        if (client.isAnonymised()) {
            throw new RuleViolation("client.anonymised");
        }
        client.apply(details);
        return client;
    }

    /** "C-" and four random digits (more once those run short), unused so far. */
    private String newPseudonym() {
        for (int attempt = 0; ; attempt++) {
            int digits = attempt < 20 ? 4 : 6;
            int bound = (int) Math.pow(10, digits);
            String code = String.format("C-%0" + digits + "d", RANDOM.nextInt(bound));
            boolean taken = !em.createQuery("select c.id from Client c where c.pseudonym = :p", Long.class)
                    .setParameter("p", code)
                    .getResultList()
                    .isEmpty();
            if (!taken) {
                return code;
            }
        }
    }

    private <T> TypedQuery<T> query(String select, String search, Class<T> type, String order) {
        boolean filtered = search != null && !search.isBlank();
        String where = filtered
                ? " where lower(c.displayName) like :s or lower(c.email) like :s or lower(c.organization) like :s"
                        + " or lower(c.pseudonym) like :s"
                : "";
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (filtered) {
            String escaped = search.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("s", "%" + escaped + "%");
        }
        return query;
    }
}
