package org.throughline.reflection;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of a self-reflection, each a few named fields (see domain.md). Held as one map so
 * that the screen and the sealing treat every field alike; labels are in the bundle as
 * {@code reflection.field.<name>}.
 */
public class ReflectionContent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One section and its fields, in the order the coach fills them. */
    public record Section(String name, List<String> fields) implements Serializable {

        public String getName() {
            return name;
        }

        public List<String> getFields() {
            return fields;
        }
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("before", List.of("goals", "prepared", "techniquesPlanned")),
            new Section("session", List.of("topics", "progress", "challenges")),
            new Section("performance", List.of("techniquesUsed", "clarity", "listening", "clientEngagement")),
            new Section("learning", List.of("worked", "improve", "insights", "futurePractice")),
            new Section("next", List.of("nextForClient", "nextForCoach")),
            new Section("notes", List.of("furtherNotes")));

    public static final int MAX_FIELD = 2000;

    private final Map<String, String> fields = new LinkedHashMap<>();

    public ReflectionContent() {
        SECTIONS.forEach(section -> section.fields().forEach(field -> fields.put(field, "")));
    }

    /** The fields by name; the form changes the values in place. */
    public Map<String, String> getFields() {
        return fields;
    }

    public boolean hasLearning() {
        return SECTIONS.stream()
                .filter(s -> s.name().equals("learning"))
                .flatMap(s -> s.fields().stream())
                .anyMatch(f -> fields.get(f) != null && !fields.get(f).isBlank());
    }

    public boolean isEmpty() {
        return fields.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, value) -> json.add(name, value == null ? "" : value.strip()));
        return json.build().toString();
    }

    static ReflectionContent fromJson(String text) {
        ReflectionContent content = new ReflectionContent();
        if (text != null) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                JsonObject json = reader.readObject();
                content.fields.keySet().forEach(name -> content.fields.put(name, json.getString(name, "")));
            }
        }
        return content;
    }
}
