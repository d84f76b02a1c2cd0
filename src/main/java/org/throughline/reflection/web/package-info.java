/**
 * The coach's screens for self-reflections: the list, writing, sharing, and the development note.
 */
package org.throughline.reflection.web;
