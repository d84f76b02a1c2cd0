/**
 * Coach self-reflections and sharing them for review.
 */
package org.throughline.reflection;
