/**
 * Coaching sessions: the check-in, the five-line note, actions, the clarity check and the recap.
 */
package org.throughline.session;
