package org.throughline.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.throughline.engagement.EngagementService;
import org.throughline.policy.ConfidentialityPolicy;
import org.throughline.policy.PolicyService;
import org.throughline.program.ProgramService;
import org.throughline.program.QuestionSet;
import org.throughline.program.TemplateContent;
import org.throughline.program.TemplateVersion;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.web.Messages;
import org.throughline.shared.web.Navigation;

/**
 * One template version ({@code ?version=ID}): an editor while it is a draft, a read-only view once
 * published or archived, with the template's version history.
 */
@Named
@ViewScoped
public class TemplateEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramService programs;

    @Inject
    private EngagementService engagements;

    @Inject
    private PolicyService policies;

    // Read from the database (again after the view moved to another instance): see read()
    private transient Map<Long, Long> engagementCounts;
    private transient boolean read;
    private Long policyId;
    private transient List<ConfidentialityPolicy> policyChoices;

    private Long versionId;
    private transient TemplateVersion version;
    private long loadedVersion;
    private TemplateContent content;
    private final Map<QuestionSet, List<Question>> questions = new EnumMap<>(QuestionSet.class);
    private transient List<TemplateVersion> history;

    /** A question being edited: a text box in the list of its set. */
    public static class Question implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        Question(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public void load() throws IOException {
        if (versionId == null) {
            Navigation.redirectKeepingMessages("/admin/programs.xhtml");
            return;
        }
        try {
            show(programs.version(versionId));
        } catch (RuleViolation e) {
            Navigation.notFound();
        }
    }

    /** Fills the form from this version and reads what the page shows around it. */
    private void show(TemplateVersion loaded) {
        read(loaded);
        loadedVersion = loaded.getVersion();
        content = loaded.content();
        for (QuestionSet set : QuestionSet.values()) {
            List<Question> list = new ArrayList<>();
            content.questions(set).forEach(text -> list.add(new Question(text)));
            questions.put(set, list);
        }
        policyId = loaded.getTemplate().getPolicy().getId();
    }

    /** What the page shows around the form; the form itself (content, questions) is left as it is. */
    private void read(TemplateVersion loaded) {
        read = true;
        version = loaded;
        history = programs.versions(loaded.getTemplate().getId());
        engagementCounts = engagements.countsByVersion(loaded.getTemplate().getId());
        policyChoices = policies.policies();
    }

    private void ensureRead() {
        if (!read && versionId != null) {
            read(programs.version(versionId));
        }
    }

    /** How many engagements were made from a version (they keep it whatever happens later). */
    public long engagementsOf(TemplateVersion v) {
        ensureRead();
        return engagementCounts.getOrDefault(v.getId(), 0L);
    }

    /** The confidentiality policy is the template's, not the version's: it may change at any time. */
    public void savePolicy() {
        try {
            programs.setTemplatePolicy(getVersion().getTemplate().getId(), policyId);
            Messages.info("template.policySaved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public List<ConfidentialityPolicy> getPolicyChoices() {
        ensureRead();
        return policyChoices;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public void setPolicyId(Long policyId) {
        this.policyId = policyId;
    }

    public void save() {
        try {
            show(programs.saveDraft(versionId, loadedVersion, collect()));
            Messages.info("template.saved");
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void publish() throws IOException {
        try {
            TemplateVersion published = programs.publish(versionId, loadedVersion, collect());
            Messages.info("template.published", published.getNumber());
            Navigation.redirectKeepingMessages("/admin/template.xhtml?version=" + published.getId());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    /** Opens the template's draft, making one from this version when there is none. */
    public void editAsNewVersion() throws IOException {
        try {
            TemplateVersion draft = programs.draftOf(getVersion().getTemplate().getId());
            Navigation.redirectKeepingMessages("/admin/template.xhtml?version=" + draft.getId());
        } catch (RuleViolation e) {
            Messages.error(e.getMessageKey(), e.getArguments());
        }
    }

    public void addQuestion(QuestionSet set) {
        questions.get(set).add(new Question(""));
    }

    public void remove(QuestionSet set, int index) {
        questions.get(set).remove(index);
    }

    public void moveUp(QuestionSet set, int index) {
        if (index > 0) {
            List<Question> list = questions.get(set);
            list.add(index - 1, list.remove(index));
        }
    }

    public void moveDown(QuestionSet set, int index) {
        List<Question> list = questions.get(set);
        if (index < list.size() - 1) {
            list.add(index + 1, list.remove(index));
        }
    }

    private TemplateContent collect() {
        for (QuestionSet set : QuestionSet.values()) {
            List<String> texts = content.questions(set);
            texts.clear();
            questions.get(set).forEach(q -> texts.add(q.getText() == null ? "" : q.getText()));
        }
        return content;
    }

    public List<Question> questionsOf(QuestionSet set) {
        return questions.get(set);
    }

    public QuestionSet[] getSets() {
        return QuestionSet.values();
    }

    public boolean isEditable() {
        return !getVersion().isFrozen();
    }

    /** True when the template has a newer draft than this frozen version. */
    public boolean isDraftWaiting() {
        List<TemplateVersion> versions = getHistory();
        return !versions.isEmpty()
                && !versions.get(0).isFrozen()
                && !versions.get(0).getId().equals(versionId);
    }

    public TemplateVersion getVersion() {
        ensureRead();
        return version;
    }

    public TemplateContent getContent() {
        return content;
    }

    public List<TemplateVersion> getHistory() {
        ensureRead();
        return history;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }
}
