package org.throughline.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks of an action the three questions — what will the client do, when, and what will they notice
 * — and flags descriptions that cannot be observed: a vague verb or phrase ("work on", "be more",
 * "think about") with no concrete object, occasion or count to pin it down. Plain Java, no state.
 */
public final class ClarityCheck {

    /** What the check found; each has a message and a suggestion in the bundle. */
    public enum Flag {
        NO_DESCRIPTION,
        NO_WHEN,
        NO_NOTICE,
        VAGUE
    }

    /** The flags found, and the vague phrase when there is one. */
    public record Verdict(List<Flag> flags, String vaguePhrase) implements java.io.Serializable {

        public boolean clear() {
            return flags.isEmpty();
        }
    }

    private static final Pattern VAGUE = Pattern.compile(
            "\\b(think(ing)? about|reflect(ing)? on|work(ing)? on|be more|become more|be less|try(ing)? to|"
                    + "focus(ing)? on|prioriti[sz]e|improve|get better at|be better at|consider|explore|"
                    + "look into|deal with|manage|be aware of|keep in mind|remember to|continue to|"
                    + "develop|grow|be (more )?(confident|assertive|present|positive|open|patient))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A number or count: "3", "twice", "three times", "once". */
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d+|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|each|every|daily|weekly)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An occasion: a day, a part of the day, or a named event the action is tied to. */
    private static final Pattern OCCASION = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|morning|"
                    + "afternoon|evening|lunch|meeting|call|one-to-one|1:1|stand-?up|review|before|after|"
                    + "during|next week|by the end of)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A concrete thing to produce or use: a list, a message, an entry in the calendar. */
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(write|list|note|notes|e-?mail|message|calendar|journal|diary|agenda|draft|send|ask|"
                    + "book|schedule|timer|question|questions|sentence|sentences|minutes)\\b",
            Pattern.CASE_INSENSITIVE);

    private ClarityCheck() {}

    public static Verdict check(String description, String when, String notice) {
        List<Flag> flags = new ArrayList<>();
        String text = description == null ? "" : description.strip();
        String phrase = null;
        if (text.isEmpty()) {
            flags.add(Flag.NO_DESCRIPTION);
        } else {
            Matcher vague = VAGUE.matcher(text);
            if (vague.find() && !anchored(text)) {
                flags.add(Flag.VAGUE);
                phrase = vague.group().toLowerCase(Locale.ROOT);
            }
        }
        if (blank(when)) {
            flags.add(Flag.NO_WHEN);
        }
        if (blank(notice)) {
            flags.add(Flag.NO_NOTICE);
        }
        return new Verdict(List.copyOf(flags), phrase);
    }

    private static boolean anchored(String text) {
        return COUNT.matcher(text).find()
                || OCCASION.matcher(text).find()
                || OBJECT.matcher(text).find();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
