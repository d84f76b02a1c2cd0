package org.throughline.program;

/** The three question sets of a template, asked at the opening check-in, midpoint and close. */
public enum QuestionSet {
    OPENING_CHECK_IN,
    MIDPOINT_FEEDBACK,
    CLOSING_REFLECTION
}
