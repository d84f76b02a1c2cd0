package org.throughline.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.shared.RuleViolation;
import org.throughline.testsupport.Deployments;
import org.throughline.testsupport.incontainer.AsAdmin;
import org.throughline.testsupport.incontainer.AsCoach;
import org.throughline.testsupport.incontainer.Work;

/** Programs and templates through the service, against the real database. */
@ExtendWith(ArquillianExtension.class)
class ProgramIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ProgramIT.class);
    }

    @Inject
    private ProgramService programs;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsCoach asCoach;

    private TemplateVersion newDraft() throws Exception {
        return asAdmin.call(() -> {
            Program program = programs.createProgram("Program " + System.nanoTime(), "For tests");
            return programs.createTemplate(program.getId(), "Six sessions");
        });
    }

    @Test
    void anEngagementsSnapshotStillShowsVersionOneAfterVersionTwoIsPublished() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateVersion v1 = asAdmin.call(() -> programs.publish(draft.getId(), draft.getVersion(), draft.content()));
        long snapshot = v1.getId(); // what an engagement created now keeps

        TemplateVersion v2draft =
                asAdmin.call(() -> programs.draftOf(v1.getTemplate().getId()));
        assertEquals(2, v2draft.getNumber());
        TemplateContent changed = v2draft.content();
        changed.setSessionCount(10);
        changed.setClosingSession(10);
        changed.setMidpointSession(5);
        changed.setNormResponseTime("Same working day");
        changed.questions(QuestionSet.OPENING_CHECK_IN).set(0, "What is new for you?");
        TemplateVersion v2 = asAdmin.call(() -> programs.publish(v2draft.getId(), v2draft.getVersion(), changed));

        TemplateVersion read = asAdmin.call(() -> programs.version(snapshot));
        assertEquals(1, read.getNumber());
        assertEquals(TemplateVersion.Status.ARCHIVED, read.getStatus());
        TemplateContent v1content = read.content();
        assertEquals(6, v1content.getSessionCount());
        assertEquals(3, v1content.getMidpointSession());
        assertEquals("Within two working days", v1content.getNormResponseTime());
        assertEquals(
                "What has changed since we last met?",
                v1content.questions(QuestionSet.OPENING_CHECK_IN).get(0));
        assertEquals(
                v2.getId(),
                asAdmin.call(() -> programs.currentVersion(v1.getTemplate().getId()))
                        .get()
                        .getId());
    }

    @Test
    void aPublishedVersionIsFrozen() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateVersion v1 = asAdmin.call(() -> programs.publish(draft.getId(), draft.getVersion(), draft.content()));
        TemplateContent changed = v1.content();
        changed.setSessionCount(3);
        changed.setClosingSession(3);
        changed.setMidpointSession(2);
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> asAdmin.run(() -> programs.saveDraft(v1.getId(), v1.getVersion(), changed)));
        assertEquals("template.frozen", refused.getMessageKey());
        assertEquals(
                6, asAdmin.call(() -> programs.version(v1.getId())).content().getSessionCount());
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsHalfSaved() throws Exception {
        TemplateVersion draft = newDraft();
        Map<String, java.util.function.Consumer<TemplateContent>> cases = new LinkedHashMap<>();
        cases.put("template.sessionCount.outOfRange", c -> c.setSessionCount(99));
        cases.put("template.midpointSession.outOfRange", c -> c.setMidpointSession(7));
        cases.put("template.sessionMinutes.outOfRange", c -> c.setSessionMinutes(-1));
        cases.put("template.normEscalation.tooLong", c -> {
            c.setNormChannel("Changed channel, which must not be saved");
            c.setNormEscalation("x".repeat(10_000));
        });
        for (Map.Entry<String, java.util.function.Consumer<TemplateContent>> bad : cases.entrySet()) {
            TemplateContent content = draft.content();
            bad.getValue().accept(content);
            RuleViolation refused = assertThrows(
                    RuleViolation.class,
                    () -> asAdmin.run(() -> programs.saveDraft(draft.getId(), draft.getVersion(), content)),
                    bad.getKey());
            assertEquals(bad.getKey(), refused.getMessageKey());
        }
        TemplateContent stored =
                asAdmin.call(() -> programs.version(draft.getId())).content();
        assertEquals("E-mail to your coach", stored.getNormChannel());
        assertEquals(6, stored.getSessionCount());

        Map<String, Work> names = new LinkedHashMap<>();
        names.put("program.nameRequired", () -> programs.createProgram("  ", null));
        names.put("program.nameTooLong", () -> programs.createProgram("n".repeat(10_000), null));
        names.put("program.description.tooLong", () -> programs.createProgram("Fine name", "d".repeat(10_000)));
        for (Map.Entry<String, Work> bad : names.entrySet()) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> asAdmin.run(bad.getValue()), bad.getKey());
            assertEquals(bad.getKey(), refused.getMessageKey());
        }
        assertFalse(asAdmin.call(() -> programs.programs(true)).stream()
                .anyMatch(p -> p.getName().equals("Fine name")));
    }

    @Test
    void aNameWithMarkupIsStoredAsTyped() throws Exception {
        Program program = asAdmin.call(() -> programs.createProgram("<script>alert('x')</script> leaders", null));
        assertEquals(
                "<script>alert('x')</script> leaders",
                asAdmin.call(() -> programs.program(program.getId())).getName());
    }

    @Test
    void publishingNeedsAQuestionInEachSet() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateContent content = draft.content();
        content.questions(QuestionSet.CLOSING_REFLECTION).clear();
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> asAdmin.run(() -> programs.publish(draft.getId(), draft.getVersion(), content)));
        assertEquals("template.questionSetEmpty.CLOSING_REFLECTION", refused.getMessageKey());
        assertEquals(
                TemplateVersion.Status.DRAFT,
                asAdmin.call(() -> programs.version(draft.getId())).getStatus());
    }

    @Test
    void anArchivedTemplateOffersNoVersionForNewEngagements() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateVersion v1 = asAdmin.call(() -> programs.publish(draft.getId(), draft.getVersion(), draft.content()));
        long templateId = v1.getTemplate().getId();
        assertTrue(asAdmin.call(() -> programs.currentVersion(templateId)).isPresent());
        asAdmin.run(() -> programs.archiveTemplate(templateId));
        assertTrue(asAdmin.call(() -> programs.currentVersion(templateId)).isEmpty());
        assertEquals(
                "template.archived",
                assertThrows(RuleViolation.class, () -> asAdmin.run(() -> programs.draftOf(templateId)))
                        .getMessageKey());
        assertEquals(
                6, asAdmin.call(() -> programs.version(v1.getId())).content().getSessionCount());
    }

    @Test
    void anArchivedProgramTakesNoNewTemplatesAndArchivesItsOwn() throws Exception {
        TemplateVersion draft = newDraft();
        long programId = draft.getTemplate().getProgram().getId();
        asAdmin.run(() -> programs.archiveProgram(programId));
        assertEquals(
                "program.archived",
                assertThrows(RuleViolation.class, () -> asAdmin.run(() -> programs.createTemplate(programId, "Late")))
                        .getMessageKey());
        assertEquals(
                "program.archived",
                assertThrows(
                                RuleViolation.class,
                                () -> asAdmin.run(() -> programs.cloneTemplate(
                                        draft.getTemplate().getId(), "Late copy")))
                        .getMessageKey());
        assertTrue(asAdmin.call(() -> programs.templates(programId)).stream()
                .allMatch(row -> row.getTemplate().isArchived()));
        assertFalse(asAdmin.call(() -> programs.programs(false)).stream().anyMatch(p -> p.getId() == programId));
    }

    @Test
    void aSecondSaveFromAStaleEditorIsRefused() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateContent first = draft.content();
        first.setCadenceDays(7);
        asAdmin.run(() -> programs.saveDraft(draft.getId(), draft.getVersion(), first));
        TemplateContent second = draft.content();
        second.setCadenceDays(21);
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> asAdmin.run(() -> programs.saveDraft(draft.getId(), draft.getVersion(), second)));
        assertEquals("template.changedElsewhere", refused.getMessageKey());
        assertEquals(
                7, asAdmin.call(() -> programs.version(draft.getId())).content().getCadenceDays());
    }

    @Test
    void aCloneStartsAsADraftCopyInTheSameProgram() throws Exception {
        TemplateVersion draft = newDraft();
        TemplateVersion copy =
                asAdmin.call(() -> programs.cloneTemplate(draft.getTemplate().getId(), "Copy"));
        assertEquals(1, copy.getNumber());
        assertEquals(TemplateVersion.Status.DRAFT, copy.getStatus());
        List<TemplateSummary> rows = asAdmin.call(
                () -> programs.templates(draft.getTemplate().getProgram().getId()));
        assertEquals(
                List.of("Copy", "Six sessions"),
                rows.stream().map(r -> r.getTemplate().getName()).toList());
    }

    @Test
    void aCoachIsRefusedEveryProgramServiceMethod() throws Exception {
        TemplateVersion draft = newDraft();
        long programId = draft.getTemplate().getProgram().getId();
        long templateId = draft.getTemplate().getId();
        List<Work> calls = List.of(
                () -> programs.programs(true),
                () -> programs.program(programId),
                () -> programs.createProgram("X", null),
                () -> programs.templates(programId),
                () -> programs.createTemplate(programId, "X"),
                () -> programs.version(draft.getId()),
                () -> programs.saveDraft(draft.getId(), draft.getVersion(), draft.content()),
                () -> programs.publish(draft.getId(), draft.getVersion(), draft.content()),
                () -> programs.archiveTemplate(templateId));
        for (Work call : calls) {
            assertThrows(EJBAccessException.class, () -> asCoach.run(call));
        }
    }
}
