package org.throughline.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.throughline.identity.Role;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * Programs and their engagement templates, for administrators. Every rule is checked here, before
 * anything is written; a refused change leaves the stored records as they were.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgramService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    public List<Program> programs(boolean includeArchived) {
        return em.createQuery(
                        "select p from Program p where p.archived = false or :all = true order by p.archived, p.name",
                        Program.class)
                .setParameter("all", includeArchived)
                .getResultList();
    }

    public Program program(long id) {
        return Optional.ofNullable(em.find(Program.class, id)).orElseThrow(() -> new RuleViolation("program.notFound"));
    }

    public Program createProgram(String name, String description) {
        Program program = new Program(TemplateRules.name(name, Program.MAX_NAME), description(description), now());
        em.persist(program);
        em.flush(); // the id, for the caller
        return program;
    }

    public Program describeProgram(long id, String name, String description) {
        Program program = program(id);
        program.describe(TemplateRules.name(name, Program.MAX_NAME), description(description));
        return program;
    }

    /** Archives the program and its templates: no new engagement can start from them. */
    public void archiveProgram(long id) {
        Program program = program(id);
        program.archive();
        for (EngagementTemplate template : templatesOf(program)) {
            archiveTemplate(template.getId());
        }
    }

    public List<TemplateSummary> templates(long programId) {
        List<TemplateSummary> summaries = new ArrayList<>();
        for (EngagementTemplate template : templatesOf(program(programId))) {
            List<TemplateVersion> versions = versions(template.getId());
            summaries.add(new TemplateSummary(
                    template,
                    versions.isEmpty() ? null : versions.get(0),
                    published(versions).orElse(null)));
        }
        return summaries;
    }

    /**
     * The published version of every template that new engagements can start from now (template and
     * program not archived), with its template and program, in one query; by program, then template.
     */
    public List<TemplateVersion> publishedTemplates() {
        return em.createQuery(
                        "select v from TemplateVersion v where v.status = :published"
                                + " and v.template.archived = false and v.template.program.archived = false"
                                + " order by v.template.program.name, v.template.name",
                        TemplateVersion.class)
                .setHint("eclipselink.join-fetch", "v.template")
                .setHint("eclipselink.join-fetch", "v.template.program")
                .setParameter("published", TemplateVersion.Status.PUBLISHED)
                .getResultList();
    }

    /** A new template with a first draft holding the default content. */
    public TemplateVersion createTemplate(long programId, String name) {
        return newTemplate(
                program(programId),
                name,
                em.getReference(ConfidentialityPolicy.class, ConfidentialityPolicy.STANDARD_ID),
                DefaultTemplate.content());
    }

    /** A new template in the same program, starting as a draft copy of the source's newest version. */
    public TemplateVersion cloneTemplate(long templateId, String name) {
        EngagementTemplate source = template(templateId);
        return newTemplate(
                source.getProgram(),
                name,
                source.getPolicy(),
                versions(templateId).get(0).content());
    }

    private TemplateVersion newTemplate(
            Program program, String name, ConfidentialityPolicy policy, TemplateContent content) {
        if (program.isArchived()) {
            throw new RuleViolation("program.archived");
        }
        EngagementTemplate template =
                new EngagementTemplate(program, TemplateRules.name(name, Program.MAX_NAME), policy, now());
        em.persist(template);
        TemplateVersion draft = new TemplateVersion(template, 1, content, now());
        em.persist(draft);
        em.flush();
        return draft;
    }

    /** The confidentiality policy that the template's engagements follow from now on. */
    public void setTemplatePolicy(long templateId, long policyId) {
        ConfidentialityPolicy policy = Optional.ofNullable(em.find(ConfidentialityPolicy.class, policyId))
                .orElseThrow(() -> new RuleViolation("policy.notFound"));
        template(templateId).usePolicy(policy);
    }

    public void renameTemplate(long templateId, String name) {
        template(templateId).rename(TemplateRules.name(name, Program.MAX_NAME));
    }

    /** Archives the template; its versions stay readable for the engagements that use them. */
    public void archiveTemplate(long templateId) {
        EngagementTemplate template = template(templateId);
        template.archive();
        for (TemplateVersion version : versions(templateId)) {
            if (version.getStatus() == TemplateVersion.Status.PUBLISHED) {
                version.archive(now());
            }
        }
    }

    /** One version with its questions, whatever its status (engagements read their snapshot here). */
    public TemplateVersion version(long versionId) {
        TemplateVersion version = em.find(TemplateVersion.class, versionId);
        if (version == null) {
            throw new RuleViolation("template.notFound");
        }
        version.content(); // loads the questions while the transaction is open
        return version;
    }

    /** A template's versions, newest first. */
    public List<TemplateVersion> versions(long templateId) {
        return em.createQuery(
                        "select v from TemplateVersion v where v.template.id = :t order by v.number desc",
                        TemplateVersion.class)
                .setParameter("t", templateId)
                .getResultList();
    }

    /** The published version new engagements start from; empty when none, or the template is archived. */
    public Optional<TemplateVersion> currentVersion(long templateId) {
        if (template(templateId).isArchived()) {
            return Optional.empty();
        }
        return published(versions(templateId));
    }

    private static Optional<TemplateVersion> published(List<TemplateVersion> versions) {
        return versions.stream()
                .filter(v -> v.getStatus() == TemplateVersion.Status.PUBLISHED)
                .findFirst();
    }

    /**
     * Saves a draft's content. {@code expectedVersion} is the version the editor loaded: when someone
     * saved in between, the save is refused rather than overwriting their change.
     */
    public TemplateVersion saveDraft(long versionId, long expectedVersion, TemplateContent content) {
        TemplateVersion draft = version(versionId);
        if (draft.isFrozen()) {
            throw new RuleViolation("template.frozen");
        }
        if (draft.getVersion() != expectedVersion) {
            throw new RuleViolation("template.changedElsewhere");
        }
        TemplateRules.checkDraft(content);
        draft.apply(content);
        em.flush();
        return draft;
    }

    /** Publishes a draft (saving its content first); the previously published version is archived. */
    public TemplateVersion publish(long versionId, long expectedVersion, TemplateContent content) {
        TemplateRules.checkPublishable(content);
        TemplateVersion draft = saveDraft(versionId, expectedVersion, content);
        if (draft.getTemplate().isArchived()) {
            throw new RuleViolation("template.archived");
        }
        for (TemplateVersion other : versions(draft.getTemplate().getId())) {
            if (other.getStatus() == TemplateVersion.Status.PUBLISHED) {
                other.archive(now());
            }
        }
        draft.publish(now());
        return draft;
    }

    /** The template's open draft, or a new draft copied from its newest version. */
    public TemplateVersion draftOf(long templateId) {
        EngagementTemplate template = template(templateId);
        if (template.isArchived()) {
            throw new RuleViolation("template.archived");
        }
        TemplateVersion newest = versions(templateId).get(0);
        if (!newest.isFrozen()) {
            return version(newest.getId());
        }
        TemplateVersion draft = new TemplateVersion(template, newest.getNumber() + 1, newest.content(), now());
        em.persist(draft);
        em.flush();
        return draft;
    }

    private EngagementTemplate template(long templateId) {
        return Optional.ofNullable(em.find(EngagementTemplate.class, templateId))
                .orElseThrow(() -> new RuleViolation("template.notFound"));
    }

    private List<EngagementTemplate> templatesOf(Program program) {
        return em.createQuery(
                        "select t from EngagementTemplate t where t.program = :p order by t.archived, t.name",
                        EngagementTemplate.class)
                .setParameter("p", program)
                .getResultList();
    }

    private static String description(String description) {
        String text = description == null || description.isBlank() ? null : description.strip();
        TemplateRules.length(text, Program.MAX_DESCRIPTION, "program.description");
        return text;
    }

    private Instant now() {
        return time.now();
    }
}
