package org.throughline.engagement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.io.StringReader;
import org.throughline.program.TemplateContent;

/**
 * How support works between sessions in one engagement: the channel, the response time, what is
 * included and what is not, and what happens when something needs more than a short reply. Taken
 * from the template; the coach may adjust it until the first session is recorded. The engagement
 * keeps the template's in clear (an administrator's text) and the coach's adjusted one sealed, as
 * JSON ({@link #toJson}).
 */
@Embeddable
public class CommunicationNorm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SHORT = 200;
    public static final int MAX_LONG = 1000;

    @Column(name = "norm_channel", length = MAX_SHORT)
    private String channel;

    @Column(name = "norm_response_time", length = MAX_SHORT)
    private String responseTime;

    @Column(name = "norm_included", length = MAX_LONG)
    private String included;

    @Column(name = "norm_excluded", length = MAX_LONG)
    private String excluded;

    @Column(name = "norm_escalation", length = MAX_LONG)
    private String escalation;

    public CommunicationNorm() {}

    static CommunicationNorm of(TemplateContent content) {
        CommunicationNorm norm = new CommunicationNorm();
        norm.channel = content.getNormChannel();
        norm.responseTime = content.getNormResponseTime();
        norm.included = content.getNormIncluded();
        norm.excluded = content.getNormExcluded();
        norm.escalation = content.getNormEscalation();
        return norm;
    }

    /** The five fields as a JSON object, for sealing. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "channel", channel);
        put(json, "responseTime", responseTime);
        put(json, "included", included);
        put(json, "excluded", excluded);
        put(json, "escalation", escalation);
        return json.build().toString();
    }

    public static CommunicationNorm fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            CommunicationNorm norm = new CommunicationNorm();
            norm.channel = json.getString("channel", null);
            norm.responseTime = json.getString("responseTime", null);
            norm.included = json.getString("included", null);
            norm.excluded = json.getString("excluded", null);
            norm.escalation = json.getString("escalation", null);
            return norm;
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    public CommunicationNorm copy() {
        CommunicationNorm copy = new CommunicationNorm();
        copy.channel = channel;
        copy.responseTime = responseTime;
        copy.included = included;
        copy.excluded = excluded;
        copy.escalation = escalation;
        return copy;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getResponseTime() {
        return responseTime;
    }

    public void setResponseTime(String responseTime) {
        this.responseTime = responseTime;
    }

    public String getIncluded() {
        return included;
    }

    public void setIncluded(String included) {
        this.included = included;
    }

    public String getExcluded() {
        return excluded;
    }

    public void setExcluded(String excluded) {
        this.excluded = excluded;
    }

    public String getEscalation() {
        return escalation;
    }

    public void setEscalation(String escalation) {
        this.escalation = escalation;
    }
}
