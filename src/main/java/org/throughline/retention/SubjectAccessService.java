package org.throughline.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.throughline.audit.AuditEntry;
import org.throughline.audit.AuditTrail;
import org.throughline.engagement.Client;
import org.throughline.engagement.CommunicationNorm;
import org.throughline.engagement.Engagement;
import org.throughline.identity.Role;
import org.throughline.policy.AccessGuard;
import org.throughline.session.ActionRow;
import org.throughline.session.EngagementContent;
import org.throughline.session.FeedbackCheck;
import org.throughline.session.FeedbackForm;
import org.throughline.session.FeedbackService;
import org.throughline.session.SessionNote;
import org.throughline.session.SessionService;
import org.throughline.shared.RuleViolation;
import org.throughline.shared.TimeSource;

/**
 * The answer to an approved subject access request: everything held about its client — the client
 * record, and per engagement the goal and baseline, final sessions with their check-ins and notes,
 * actions, feedback and recap records — as JSON or as PDF, while the request's download days last.
 * The content is read through the export path of the access guard (allowed when the engagement's
 * policy lets administrators export), so each record read is an EXPORT entry in the audit trail that
 * names the request. The requests themselves are {@link SubjectAccessRequests}.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SubjectAccessService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SessionService sessions;

    @Inject
    private FeedbackService feedback;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessGuard guard;

    @Inject
    private TimeSource time;

    public byte[] json(long requestId) {
        JsonObject report = report(available(requestId), "JSON");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(report);
        }
        return out.toByteArray();
    }

    public byte[] pdf(long requestId) {
        return SubjectAccessPdf.render(report(available(requestId), "PDF"));
    }

    /** The approved request, while its file may be downloaded. */
    private SubjectAccessRequest available(long requestId) {
        SubjectAccessRequest request = Optional.ofNullable(em.find(SubjectAccessRequest.class, requestId))
                .orElseThrow(() -> new RuleViolation("subjectAccess.notFound"));
        if (request.getStatus() != SubjectAccessRequest.Status.APPROVED) {
            throw new RuleViolation("subjectAccess.notApproved");
        }
        if (!request.isAvailable(time.now())) {
            throw new RuleViolation("subjectAccess.downloadOver");
        }
        return request;
    }

    private Client client(long clientId) {
        return Optional.ofNullable(em.find(Client.class, clientId))
                .orElseThrow(() -> new RuleViolation("client.notFound"));
    }

    private JsonObject report(SubjectAccessRequest request, String format) {
        Client client = client(request.getClientId());
        long clientId = client.getId();
        String reason = "Subject access request " + request.getReference();
        guard.exportUnder(reason);
        audit.record(
                Role.ADMIN,
                AuditEntry.Action.EXPORT,
                AuditEntry.RecordType.CLIENT,
                clientId,
                null,
                reason + " (" + format + ")");
        JsonArrayBuilder engagements = Json.createArrayBuilder();
        for (Engagement engagement : em.createQuery(
                        "select e from Engagement e where e.client = :c order by e.startDate, e.id", Engagement.class)
                .setParameter("c", client)
                .getResultList()) {
            engagements.add(engagement(engagement));
        }
        return Json.createObjectBuilder()
                .add(
                        "madeAt",
                        time.now()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                .toString())
                .add(
                        "request",
                        object().add("reference", request.getReference())
                                .add("receivedOn", request.getReceivedOn().toString()))
                .add(
                        "client",
                        object().add("pseudonym", client.getPseudonym())
                                .add("name", text(client.getDisplayName()))
                                .add("email", text(client.getEmail()))
                                .add("organization", text(client.getOrganization())))
                .add("engagements", engagements)
                .build();
    }

    private JsonObjectBuilder engagement(Engagement engagement) {
        long id = engagement.getId();
        EngagementContent content = sessions.contentForExport(id);
        CommunicationNorm norm = content.getNorm();
        JsonObjectBuilder out = object().add("id", id)
                .add(
                        "program",
                        engagement
                                .getTemplateVersion()
                                .getTemplate()
                                .getProgram()
                                .getName())
                .add("template", engagement.getTemplateVersion().getTemplate().getName())
                .add("status", engagement.getStatus().name())
                .add("startDate", engagement.getStartDate().toString())
                .add(
                        "closedAt",
                        text(
                                engagement.getClosedAt() == null
                                        ? null
                                        : engagement.getClosedAt().toString()))
                .add(
                        "coach",
                        text(
                                engagement.getCoach() == null
                                        ? null
                                        : engagement.getCoach().getDisplayName()))
                .add("goal", text(content.getGoal()))
                .add("baseline", text(content.getBaseline()))
                .add(
                        "communicationNorm",
                        object().add("channel", text(norm.getChannel()))
                                .add("responseTime", text(norm.getResponseTime()))
                                .add("included", text(norm.getIncluded()))
                                .add("excluded", text(norm.getExcluded()))
                                .add("escalation", text(norm.getEscalation())));
        JsonArrayBuilder sessionList = Json.createArrayBuilder();
        for (SessionNote note : content.getSessions()) {
            sessionList.add(object().add("number", note.getNumber())
                    .add("date", note.getDate().toString())
                    .add("durationMinutes", note.getDurationMinutes())
                    .add("status", note.getStatus().name())
                    .add("checkIn", answers(note.getCheckinQuestions(), note.getCheckinAnswers()))
                    .add("focus", text(note.getFocus()))
                    .add("insight", text(note.getInsight()))
                    .add("obstacle", text(note.getObstacle()))
                    .add("followUpPoint", text(note.getFollowUpPoint())));
        }
        out.add("sessions", sessionList);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        for (ActionRow action : content.getActions()) {
            actions.add(object().add("sessionNumber", action.getSessionNumber())
                    .add("description", text(action.getDescription()))
                    .add("when", text(action.getWhen()))
                    .add("notice", text(action.getNotice()))
                    .add("support", text(action.getSupport()))
                    .add(
                            "result",
                            text(
                                    action.getResult() == null
                                            ? null
                                            : action.getResult().name()))
                    .add(
                            "reason",
                            text(
                                    action.getReason() == null
                                            ? null
                                            : action.getReason().name()))
                    .add("reasonNote", text(action.getReasonNote())));
        }
        out.add("actions", actions);
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (FeedbackCheck.Kind kind : FeedbackCheck.Kind.values()) {
            FeedbackForm form = feedback.feedbackForExport(id, kind);
            if (form.isRecorded()) {
                checks.add(object().add("kind", kind.name())
                        .add("answers", answers(form.getQuestions(), form.getAnswers()))
                        .add("adjustments", text(form.getAdjustments())));
            }
        }
        out.add("feedback", checks);
        JsonArrayBuilder recaps = Json.createArrayBuilder();
        for (Object[] send : em.createQuery(
                        "select r.session.number, r.sentAt, r.recipient from RecapSend r where r.engagementId = :e"
                                + " order by r.sentAt",
                        Object[].class)
                .setParameter("e", id)
                .getResultList()) {
            recaps.add(object().add("sessionNumber", (Integer) send[0])
                    .add("sentAt", send[1].toString())
                    .add("sentTo", text((String) send[2])));
        }
        out.add("recaps", recaps);
        return out;
    }

    private static JsonArrayBuilder answers(List<String> questions, List<String> answers) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < questions.size(); i++) {
            out.add(object().add("question", questions.get(i))
                    .add("answer", text(i < answers.size() ? answers.get(i) : null)));
        }
        return out;
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
