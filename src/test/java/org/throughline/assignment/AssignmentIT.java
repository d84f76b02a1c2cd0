package org.throughline.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.engagement.CaseloadService;
import org.throughline.engagement.ClientDetails;
import org.throughline.engagement.ClientService;
import org.throughline.engagement.Engagement;
import org.throughline.engagement.EngagementFilter;
import org.throughline.engagement.EngagementService;
import org.throughline.identity.AccountService;
import org.throughline.identity.Role;
import org.throughline.program.Program;
import org.throughline.program.ProgramService;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;
import org.throughline.testsupport.incontainer.AsCoach;

/** Giving engagements to coaches: capacity, exceptions, conflicts, the record of changes. */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private static final String PASSWORD = "assign test password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AssignmentIT.class);
    }

    @Inject
    private AssignmentService assignments;

    @Inject
    private EngagementService engagements;

    @Inject
    private ClientService clients;

    @Inject
    private ProgramService programs;

    @Inject
    private AccountService accounts;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsCoach asCoach;

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long newCoach(int capacity, boolean accepting, String languages) throws Exception {
        return asAdmin.call(() -> {
            long id = accounts.create(
                            unique("coach") + "@example.org", unique("Coach"), EnumSet.of(Role.COACH), PASSWORD)
                    .getId();
            assignments.saveProfile(id, "Leadership", languages, capacity, accepting);
            return id;
        });
    }

    private long newEngagement(String clientEmail) throws Exception {
        return asAdmin.call(() -> {
            Program program = programs.createProgram(unique("Program"), null);
            TemplateVersion draft = programs.createTemplate(program.getId(), "Six");
            programs.publish(draft.getId(), draft.getVersion(), draft.content());
            long client = clients.create(ClientDetails.of(unique("Client"), clientEmail, null), false)
                    .getId();
            return engagements
                    .create(client, draft.getTemplate().getId(), LocalDate.of(2027, 6, 7))
                    .getId();
        });
    }

    @Test
    void theCoachesComeAPageAtATimeByNameWithTheirLoads() throws Exception {
        List<CoachOption> all = asAdmin.call(() -> assignments.coaches());
        assertTrue(all.size() >= 3, "the demo has coaches");
        assertEquals(all.size(), asAdmin.call(() -> assignments.coachCount()));
        List<CoachOption> second = asAdmin.call(() -> assignments.coaches(1, 2));
        assertEquals(
                all.subList(1, 3).stream().map(o -> o.getAccount().getId()).toList(),
                second.stream().map(o -> o.getAccount().getId()).toList(),
                "the second and third coach by name");
        assertEquals(
                all.subList(1, 3).stream().map(CoachOption::getLoad).toList(),
                second.stream().map(CoachOption::getLoad).toList(),
                "with the same loads as in the whole list");
    }

    @Test
    void aFullCoachIsRefusedUnlessTheAdministratorGivesAReason() throws Exception {
        long coach = newCoach(1, true, "English");
        asAdmin.run(() -> assignments.assignCoach(newEngagement(null), coach, null));
        long second = newEngagement(null);

        RuleViolation full = assertThrows(
                RuleViolation.class, () -> asAdmin.run(() -> assignments.assignCoach(second, coach, null)));
        assertEquals("assignment.atCapacity", full.getMessageKey());
        assertEquals(
                "assignment.reasonTooShort",
                assertThrows(
                                RuleViolation.class,
                                () -> asAdmin.run(() -> assignments.assignCoach(second, coach, "busy")))
                        .getMessageKey());
        assertNull(asAdmin.call(() -> engagements.find(second)).getCoach());

        asAdmin.run(() -> assignments.assignCoach(second, coach, "Client asked for this coach by name"));
        assertEquals(
                coach, asAdmin.call(() -> engagements.find(second)).getCoach().getId());
        AssignmentChange recorded =
                asAdmin.call(() -> assignments.history(second)).get(0);
        assertTrue(recorded.isOverridden());
        assertEquals("Client asked for this coach by name", recorded.getReason());
        assertEquals(coach, recorded.getToCoachId());
        assertNull(recorded.getFromCoachId());
        assertTrue(recorded.getChangedBy().length() > 0);
    }

    @Test
    void theEngagementListFiltersByCoachInTheDatabase() throws Exception {
        long coach = newCoach(5, true, "English");
        long mine = newEngagement(null);
        newEngagement(null);
        asAdmin.run(() -> assignments.assignCoach(mine, coach, null));
        assertEquals(1, asAdmin.call(() -> engagements.count(new EngagementFilter(null, null, coach, false))));
        assertEquals(
                List.of(mine),
                asAdmin
                        .call(() -> engagements.list(
                                new EngagementFilter(Engagement.Status.PLANNED, null, coach, false), 0, 10))
                        .stream()
                        .map(Engagement::getId)
                        .toList());
        assertEquals(
                0,
                asAdmin.call(
                        () -> engagements.count(new EngagementFilter(Engagement.Status.CLOSED, null, coach, false))));
    }

    @Test
    void aCoachNotTakingClientsNeedsAnException() throws Exception {
        long coach = newCoach(5, false, "English");
        long engagement = newEngagement(null);
        assertEquals(
                "assignment.notAccepting",
                assertThrows(
                                RuleViolation.class,
                                () -> asAdmin.run(() -> assignments.assignCoach(engagement, coach, null)))
                        .getMessageKey());
    }

    @Test
    void aCoachCannotCoachThemselvesEvenWithAReason() throws Exception {
        String email = unique("self") + "@example.org";
        long coach = asAdmin.call(() -> accounts.create(email, "Self Coach", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        long engagement = newEngagement(email.toUpperCase());
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> asAdmin.run(() -> assignments.assignCoach(engagement, coach, "I really want to do this")));
        assertEquals("assignment.coachIsClient", refused.getMessageKey());
        assertFalse(asAdmin.call(() -> assignments.suggestions(engagement, null, null)).stream()
                .anyMatch(o -> o.getAccount().getId() == coach));
    }

    @Test
    void suggestionsPutAvailableMatchingCoachesFirst() throws Exception {
        String language = unique("Klingon");
        long full = newCoach(0, true, language);
        long speaks = newCoach(3, true, "English, " + language);
        long other = newCoach(9, true, "English");
        long engagement = newEngagement(null);
        List<Long> order = asAdmin.call(() -> assignments.suggestions(engagement, language, null)).stream()
                .map(o -> o.getAccount().getId())
                .filter(id -> id == full || id == speaks || id == other)
                .toList();
        assertEquals(List.of(speaks, other, full), order);
    }

    @Test
    void afterReassignmentThePreviousCoachIsRefusedTheEngagement() throws Exception {
        String firstEmail = unique("first") + "@example.org";
        long first = asAdmin.call(() -> accounts.create(firstEmail, "First Coach", EnumSet.of(Role.COACH), PASSWORD)
                .getId());
        long second = newCoach(5, true, "English");
        long engagement = newEngagement(null);
        asAdmin.run(() -> assignments.assignCoach(engagement, first, null));
        asAdmin.run(() -> assignments.assignCoach(engagement, second, null));

        List<AssignmentChange> history = asAdmin.call(() -> assignments.history(engagement));
        assertEquals(2, history.size());
        assertEquals(first, history.get(1).getFromCoachId());
        assertEquals(second, history.get(1).getToCoachId());
        assertEquals(
                second,
                asAdmin.call(() -> engagements.find(engagement)).getCoach().getId());
    }

    @Test
    void aCoachIsRefusedAssignmentMethods() throws Exception {
        long coach = newCoach(5, true, "English");
        long engagement = newEngagement(null);
        assertThrows(EJBAccessException.class, () -> asCoach.run(() -> assignments.coaches()));
        assertThrows(
                EJBAccessException.class, () -> asCoach.run(() -> assignments.assignCoach(engagement, coach, null)));
        assertThrows(
                EJBAccessException.class, () -> asCoach.run(() -> assignments.suggestions(engagement, null, null)));
        assertThrows(EJBAccessException.class, () -> asCoach.run(() -> assignments.history(engagement)));
        assertThrows(
                EJBAccessException.class,
                () -> asCoach.run(() -> assignments.saveProfile(coach, null, null, 99, true)));
    }

    @Inject
    private CaseloadService caseload;

    @Inject
    private SupervisorAssignmentService supervision;

    private long newAccount(Role... roles) throws Exception {
        return asAdmin.call(() -> accounts.create(
                        unique("person") + "@example.org", unique("Person"), EnumSet.copyOf(List.of(roles)), PASSWORD)
                .getId());
    }

    @Test
    void nobodySupervisesThemselves() throws Exception {
        long both = newAccount(Role.COACH, Role.SUPERVISOR);
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> asAdmin.run(() -> supervision.assignSupervisor(both, both)));
        assertEquals("supervision.notSelf", refused.getMessageKey());
        assertTrue(asAdmin.call(() -> supervision.supervisorOf(both)).isEmpty());
    }

    @Test
    void aSupervisorTakesNoMoreCoachesThanTheirMaximumAndChangesAreRecorded() throws Exception {
        long supervisor = newAccount(Role.SUPERVISOR);
        long other = newAccount(Role.SUPERVISOR);
        asAdmin.run(() -> supervision.saveMaxCoaches(supervisor, 1));
        long first = newAccount(Role.COACH);
        long second = newAccount(Role.COACH);
        asAdmin.run(() -> supervision.assignSupervisor(first, supervisor));
        assertEquals(
                "supervision.full",
                assertThrows(
                                RuleViolation.class,
                                () -> asAdmin.run(() -> supervision.assignSupervisor(second, supervisor)))
                        .getMessageKey());

        asAdmin.run(() -> supervision.assignSupervisor(first, other));
        assertEquals(
                other, asAdmin.call(() -> supervision.supervisorOf(first)).get().getId());
        List<SupervisionChange> history = asAdmin.call(() -> supervision.history(first));
        assertEquals(2, history.size());
        assertEquals(supervisor, history.get(1).getFromSupervisorId());
        assertEquals(other, history.get(1).getToSupervisorId());
        asAdmin.run(() -> supervision.assignSupervisor(second, supervisor)); // the place is free again
    }

    @Test
    void theCaseloadOnlyHoldsTheCallersEngagements() throws Exception {
        // the run-as principal of AsCoach is not a real account, so its caseload is empty and any
        // engagement id is refused: the query itself is scoped to the caller
        long engagement = newEngagement(null);
        asAdmin.run(() -> assignments.assignCoach(engagement, newCoach(5, true, "English"), null));
        assertTrue(asCoach.call(() -> caseload.myEngagements()).isEmpty());
        assertEquals(
                "engagement.notFound",
                assertThrows(RuleViolation.class, () -> asCoach.run(() -> caseload.myEngagement(engagement)))
                        .getMessageKey());
    }
}
