package org.throughline.program;

/** One line of a program's template list: the template, its newest version, and whether a draft waits. */
public class TemplateSummary {

    private final EngagementTemplate template;
    private final TemplateVersion latest;
    private final TemplateVersion published;

    TemplateSummary(EngagementTemplate template, TemplateVersion latest, TemplateVersion published) {
        this.template = template;
        this.latest = latest;
        this.published = published;
    }

    public EngagementTemplate getTemplate() {
        return template;
    }

    /** The newest version, draft or not. */
    public TemplateVersion getLatest() {
        return latest;
    }

    /** The version new engagements are created from, or null when none is published. */
    public TemplateVersion getPublished() {
        return published;
    }

    public boolean isDraftPending() {
        return latest != null && latest.getStatus() == TemplateVersion.Status.DRAFT;
    }
}
