package org.throughline.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.program.Program;
import org.throughline.program.ProgramService;
import org.throughline.program.TemplateContent;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;
import org.throughline.testsupport.incontainer.AsCoach;
import org.throughline.testsupport.incontainer.Work;

/** Clients (and, as they arrive, engagements) through the services, against the real database. */
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(EngagementIT.class);
    }

    @Inject
    private ClientService clients;

    @Inject
    private EngagementService engagements;

    @Inject
    private ProgramService programs;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsCoach asCoach;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewClientGetsAPseudonymCodeThatNeverChanges() throws Exception {
        String name = unique("Nora Quist");
        Client client = asAdmin.call(() -> clients.create(ClientDetails.of(name, null, "Acme"), false));
        assertTrue(client.getPseudonym().matches("C-\\d{4}"), client.getPseudonym());

        Client corrected = asAdmin.call(
                () -> clients.update(client.getId(), ClientDetails.of(name + " Berg", "n@acme.example", "Acme Ltd")));
        assertEquals(client.getPseudonym(), corrected.getPseudonym());
        Client read = asAdmin.call(() -> clients.find(client.getId()));
        assertEquals(name + " Berg", read.getDisplayName());
        assertEquals("n@acme.example", read.getEmail());
        assertEquals(client.getPseudonym(), read.getPseudonym());

        Client other = asAdmin.call(() -> clients.create(ClientDetails.of(unique("Other"), null, null), false));
        assertNotEquals(client.getPseudonym(), other.getPseudonym());
    }

    @Test
    void aLikelyDuplicateIsHeldBackUntilConfirmed() throws Exception {
        String name = unique("Jonas Weber");
        ClientDetails details = ClientDetails.of(name, "Jonas.Weber@Example.org", "Globex");
        asAdmin.call(() -> clients.create(details, false));
        ClientDetails again = ClientDetails.of(name.toUpperCase(), "jonas.weber@example.org", "Globex");

        assertEquals(1, asAdmin.call(() -> clients.likelyDuplicates(again)).size());
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> asAdmin.run(() -> clients.create(again, false)));
        assertEquals("client.likelyDuplicate", refused.getMessageKey());
        assertEquals(1, asAdmin.call(() -> clients.count(name)));

        asAdmin.call(() -> clients.create(again, true));
        assertEquals(2, asAdmin.call(() -> clients.count(name)));
    }

    @Test
    void badInputIsRefusedWithItsMessage() {
        Map<String, Work> cases = new LinkedHashMap<>();
        cases.put("client.nameRequired", () -> ClientDetails.of("   ", null, null));
        cases.put("client.nameTooLong", () -> ClientDetails.of("n".repeat(10_000), null, null));
        cases.put("client.emailInvalid", () -> ClientDetails.of("Name", "not an address", null));
        cases.put("client.organizationTooLong", () -> ClientDetails.of("Name", null, "o".repeat(161)));
        for (Map.Entry<String, Work> bad : cases.entrySet()) {
            assertEquals(
                    bad.getKey(),
                    assertThrows(RuleViolation.class, () -> bad.getValue().run())
                            .getMessageKey());
        }
    }

    @Test
    void searchAndPagingHappenInTheDatabase() throws Exception {
        String organization = unique("Initech");
        for (int i = 0; i < 5; i++) {
            int n = i;
            asAdmin.call(() -> clients.create(ClientDetails.of("Person " + n, null, organization), false));
        }
        assertEquals(5, asAdmin.call(() -> clients.count(organization)));
        List<Client> secondPage = asAdmin.call(() -> clients.list(organization, 2, 2));
        assertEquals(
                List.of("Person 2", "Person 3"),
                secondPage.stream().map(Client::getDisplayName).toList());
        assertEquals(0, asAdmin.call(() -> clients.count("100%_sure")));
    }

    @Test
    void aCoachIsRefusedEveryClientServiceMethod() throws Exception {
        Client client = asAdmin.call(() -> clients.create(ClientDetails.of(unique("Secret"), null, null), false));
        ClientDetails details = ClientDetails.of("Any", null, null);
        for (Work call : List.<Work>of(
                () -> clients.list(null, 0, 10),
                () -> clients.count(null),
                () -> clients.find(client.getId()),
                () -> clients.likelyDuplicates(details),
                () -> clients.create(details, true),
                () -> clients.update(client.getId(), details))) {
            assertThrows(EJBAccessException.class, () -> asCoach.run(call));
        }
    }

    /** A published four-session template, one week apart; returns its first version. */
    private TemplateVersion publishedTemplate() throws Exception {
        return asAdmin.call(() -> {
            Program program = programs.createProgram(unique("Program"), null);
            TemplateVersion draft = programs.createTemplate(program.getId(), "Weekly four");
            TemplateContent content = draft.content();
            content.setSessionCount(4);
            content.setClosingSession(4);
            content.setMidpointSession(2);
            content.setCadenceDays(7);
            return programs.publish(draft.getId(), draft.getVersion(), content);
        });
    }

    private Client newClient() throws Exception {
        return asAdmin.call(() -> clients.create(ClientDetails.of(unique("Client"), null, null), false));
    }

    @Test
    void anEngagementPlansItsSessionsByTheTemplatesCadenceAndKeepsItsVersion() throws Exception {
        TemplateVersion v1 = publishedTemplate();
        long templateId = v1.getTemplate().getId();
        Client client = newClient();
        LocalDate start = LocalDate.of(2027, 1, 4);
        Engagement engagement = asAdmin.call(() -> engagements.create(client.getId(), templateId, start));

        assertEquals(Engagement.Status.PLANNED, engagement.getStatus());
        assertEquals(
                List.of(start, start.plusDays(7), start.plusDays(14), start.plusDays(21)),
                asAdmin.call(() -> engagements.find(engagement.getId())).getPlannedSessions().stream()
                        .map(PlannedSession::getPlannedDate)
                        .toList());

        TemplateVersion v2draft = asAdmin.call(() -> programs.draftOf(templateId));
        TemplateContent changed = v2draft.content();
        changed.setCadenceDays(14);
        TemplateVersion v2 = asAdmin.call(() -> programs.publish(v2draft.getId(), v2draft.getVersion(), changed));

        Engagement read = asAdmin.call(() -> engagements.find(engagement.getId()));
        assertEquals(v1.getId(), read.getTemplateVersion().getId());
        assertEquals(
                7,
                asAdmin.call(() -> programs.version(read.getTemplateVersion().getId()))
                        .content()
                        .getCadenceDays());
        assertEquals(Map.of(v1.getId(), 1L), asAdmin.call(() -> engagements.countsByVersion(templateId)));

        Engagement later = asAdmin.call(() -> engagements.create(client.getId(), templateId, start));
        assertEquals(v2.getId(), later.getTemplateVersion().getId());
        assertEquals(
                Map.of(v1.getId(), 1L, v2.getId(), 1L), asAdmin.call(() -> engagements.countsByVersion(templateId)));
    }

    @Test
    void noEngagementStartsFromAnArchivedTemplate() throws Exception {
        TemplateVersion v1 = publishedTemplate();
        long templateId = v1.getTemplate().getId();
        asAdmin.run(() -> programs.archiveTemplate(templateId));
        Client client = newClient();
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> asAdmin.run(() -> engagements.create(client.getId(), templateId, LocalDate.of(2027, 2, 1))));
        assertEquals("engagement.noPublishedVersion", refused.getMessageKey());
        assertEquals(Map.of(), asAdmin.call(() -> engagements.countsByVersion(templateId)));
    }

    @Test
    void aPlannedSessionMovesButStaysInOrder() throws Exception {
        TemplateVersion v1 = publishedTemplate();
        Client client = newClient();
        LocalDate start = LocalDate.of(2027, 3, 1);
        long id = asAdmin.call(() ->
                        engagements.create(client.getId(), v1.getTemplate().getId(), start))
                .getId();

        asAdmin.run(() -> engagements.movePlannedSession(id, 2, start.plusDays(9)));
        assertEquals(
                start.plusDays(9),
                asAdmin.call(() -> engagements.find(id))
                        .getPlannedSessions()
                        .get(1)
                        .getPlannedDate());

        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> asAdmin.run(() -> engagements.movePlannedSession(id, 3, start.plusDays(2))));
        assertEquals("engagement.sessionOutOfOrder", refused.getMessageKey());
        assertEquals(
                start.plusDays(14),
                asAdmin.call(() -> engagements.find(id))
                        .getPlannedSessions()
                        .get(2)
                        .getPlannedDate());

        asAdmin.run(() -> engagements.cancel(id));
        assertEquals(
                "engagement.ended",
                assertThrows(
                                RuleViolation.class,
                                () -> asAdmin.run(() -> engagements.movePlannedSession(id, 4, start.plusDays(30))))
                        .getMessageKey());
    }

    @Test
    void aCoachIsRefusedEveryEngagementServiceMethod() throws Exception {
        TemplateVersion v1 = publishedTemplate();
        Client client = newClient();
        long id = asAdmin.call(() ->
                        engagements.create(client.getId(), v1.getTemplate().getId(), LocalDate.of(2027, 5, 3)))
                .getId();
        for (Work call : List.<Work>of(
                () -> engagements.create(client.getId(), v1.getTemplate().getId(), LocalDate.of(2027, 5, 3)),
                () -> engagements.find(id),
                () -> engagements.list(EngagementFilter.all(), 0, 10),
                () -> engagements.count(EngagementFilter.all()),
                () -> engagements.movePlannedSession(id, 1, LocalDate.of(2027, 5, 4)),
                () -> engagements.cancel(id),
                () -> engagements.countsByVersion(v1.getTemplate().getId()),
                () -> engagements.countsByTemplate(v1.getTemplate().getProgram().getId()))) {
            assertThrows(EJBAccessException.class, () -> asCoach.run(call));
        }
    }
}
