package org.throughline.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One question of a set, at a position (1, 2, ...) within it. */
@Entity
@Table(name = "template_question")
public class TemplateQuestion {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id")
    private TemplateVersion templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_set", nullable = false, length = 20)
    private QuestionSet questionSet;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected TemplateQuestion() {}

    TemplateQuestion(TemplateVersion templateVersion, QuestionSet questionSet, int position, String text) {
        this.templateVersion = templateVersion;
        this.questionSet = questionSet;
        this.position = position;
        this.text = text;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
