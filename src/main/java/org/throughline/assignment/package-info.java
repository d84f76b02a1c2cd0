/**
 * Coach and supervisor profiles, capacity, and assigning coaches and supervisors (with handover).
 */
package org.throughline.assignment;
