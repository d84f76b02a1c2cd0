package org.throughline.shared;

import java.io.Serializable;

/**
 * A message argument that is itself a bundle key (such as the name of a field), so that a rule can
 * name the field in the screen's language without knowing it.
 */
public record Label(String key) implements Serializable {}
