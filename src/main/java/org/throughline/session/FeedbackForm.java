package org.throughline.session;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A feedback check as the coach reads and records it, in clear text. */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private FeedbackCheck.Kind kind;
    private FeedbackCheck.State state;
    private List<String> questions = new ArrayList<>();
    private List<String> answers = new ArrayList<>();
    private String adjustments;
    private Long version;
    private int maxLength = 500;

    public FeedbackCheck.Kind getKind() {
        return kind;
    }

    void setKind(FeedbackCheck.Kind kind) {
        this.kind = kind;
    }

    public FeedbackCheck.State getState() {
        return state;
    }

    void setState(FeedbackCheck.State state) {
        this.state = state;
    }

    public List<String> getQuestions() {
        return questions;
    }

    void setQuestions(List<String> questions) {
        this.questions = new ArrayList<>(questions);
    }

    /** One answer per question, in order; changed in place by the form. */
    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = new ArrayList<>(answers);
    }

    public String getAdjustments() {
        return adjustments;
    }

    public void setAdjustments(String adjustments) {
        this.adjustments = adjustments;
    }

    /** The stored check's version, or null while it is not recorded. */
    public Long getVersion() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    public boolean isRecorded() {
        return version != null;
    }

    public int getMaxLength() {
        return maxLength;
    }

    void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }
}
