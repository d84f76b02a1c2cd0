package org.throughline.reflection;

import java.io.Serializable;
import java.time.Instant;

/** A reflection in clear text, as its coach (or, once shared, their supervisor) reads it. */
public class ReflectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long sessionId;
    private SessionFacts facts;
    private Reflection.Status status = Reflection.Status.DRAFT;
    private ReflectionContent content = new ReflectionContent();
    private String coachName;
    private String sharedWithName;
    private Instant sharedAt;
    private Instant createdAt;
    private long version;

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public SessionFacts getFacts() {
        return facts;
    }

    void setFacts(SessionFacts facts) {
        this.facts = facts;
    }

    public Reflection.Status getStatus() {
        return status;
    }

    void setStatus(Reflection.Status status) {
        this.status = status;
    }

    public boolean isEditable() {
        return status == Reflection.Status.DRAFT;
    }

    public ReflectionContent getContent() {
        return content;
    }

    void setContent(ReflectionContent content) {
        this.content = content;
    }

    public String getCoachName() {
        return coachName;
    }

    void setCoachName(String coachName) {
        this.coachName = coachName;
    }

    public String getSharedWithName() {
        return sharedWithName;
    }

    void setSharedWithName(String sharedWithName) {
        this.sharedWithName = sharedWithName;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    void setSharedAt(Instant sharedAt) {
        this.sharedAt = sharedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
