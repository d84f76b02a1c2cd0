package org.throughline.session;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Answers to a question set (check-in, feedback), kept as one JSON array before sealing. */
final class Answers {

    private Answers() {}

    /** The answers as a JSON array, or null when every answer is blank. */
    static String toJson(List<String> answers) {
        if (answers.stream().allMatch(a -> a == null || a.isBlank())) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        answers.forEach(answer -> array.add(answer == null ? "" : answer.strip()));
        return array.build().toString();
    }

    /** The answers of a JSON array, padded with blanks to {@code questions} entries. */
    static List<String> fromJson(String json, int questions) {
        List<String> answers = new ArrayList<>();
        if (json != null) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                answers.addAll(reader.readArray().getValuesAs(JsonString::getString));
            }
        }
        while (answers.size() < questions) {
            answers.add("");
        }
        return answers;
    }
}
