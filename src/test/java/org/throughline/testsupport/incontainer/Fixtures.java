package org.throughline.testsupport.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.throughline.assignment.AssignmentService;
import org.throughline.assignment.SupervisorAssignmentService;
import org.throughline.engagement.ClientDetails;
import org.throughline.engagement.ClientService;
import org.throughline.engagement.EngagementFilter;
import org.throughline.engagement.EngagementService;
import org.throughline.identity.Account;
import org.throughline.identity.AccountService;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.policy.PolicyService;
import org.throughline.policy.PolicySettings;
import org.throughline.program.ProgramService;
import org.throughline.program.TemplateVersion;

/**
 * Test data made as an administrator: the accounts behind the e-mail principals of the @RunAs
 * helpers (made once, then found), and engagements under a policy of the test's choosing.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class Fixtures {

    public static final String COACH_A = "coach-a@incontainer.test";
    public static final String COACH_B = "coach-b@incontainer.test";
    public static final String SUPERVISOR_A = "supervisor-a@incontainer.test";
    public static final String ADMIN_A = "admin-a@incontainer.test";
    public static final String ADMIN_B = "admin-b@incontainer.test";
    private static final String PASSWORD = "incontainer-test-password";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AssignmentService assignments;

    @Inject
    private SupervisorAssignmentService supervision;

    @Inject
    private ProgramService programs;

    @Inject
    private PolicyService policies;

    @Inject
    private ClientService clients;

    @Inject
    private EngagementService engagements;

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The id of the account with this e-mail, made (with a coach or supervisor profile) when missing. */
    public long account(String email, Role role) {
        Account existing = em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            return existing.getId();
        }
        Set<Role> roles = EnumSet.of(role);
        long id = accounts.create(email, email.substring(0, email.indexOf('@')), roles, PASSWORD)
                .getId();
        if (role == Role.COACH) {
            assignments.saveProfile(id, "Leadership", "English", 100, true);
        } else if (role == Role.SUPERVISOR) {
            supervision.saveMaxCoaches(id, 100);
        }
        return id;
    }

    /** A new engagement with {@code sessions} sessions under a new policy with this handover rule, given to the coach. */
    public long engagement(long coachId, ConfidentialityPolicy.HandoverRule handover, int sessions) {
        PolicySettings settings = new PolicySettings();
        settings.setName(unique("Policy"));
        settings.setHandoverRule(handover);
        long policy = policies.create(settings).getId();
        long program = programs.createProgram(unique("Program"), null).getId();
        TemplateVersion draft = programs.createTemplate(program, "Template");
        var content = draft.content();
        content.setSessionCount(sessions);
        content.setCadenceDays(7);
        content.setMidpointSession((sessions + 1) / 2);
        content.setClosingSession(sessions);
        programs.publish(draft.getId(), draft.getVersion(), content);
        programs.setTemplatePolicy(draft.getTemplate().getId(), policy);
        String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long client = clients.create(ClientDetails.of(unique("Client"), email, null), false)
                .getId();
        long engagement = engagements
                .create(client, draft.getTemplate().getId(), LocalDate.of(2027, 3, 1))
                .getId();
        assignments.assignCoach(engagement, coachId, null);
        return engagement;
    }

    /** Ids of the engagements the administrators' "overdue" filter lists. */
    public java.util.List<Long> overdueEngagements() {
        return engagements.list(new EngagementFilter(null, null, null, true), 0, 10_000).stream()
                .map(org.throughline.engagement.Engagement::getId)
                .toList();
    }

    public void reassign(long engagementId, long coachId) {
        assignments.assignCoach(engagementId, coachId, null);
    }

    public void supervise(long coachId, long supervisorId) {
        supervision.assignSupervisor(coachId, supervisorId);
    }
}
