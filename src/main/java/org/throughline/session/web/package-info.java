/**
 * Screens of the follow-through: the coach's engagement page, recording a session, and the
 * administrator's read-only view under break-glass.
 */
package org.throughline.session.web;
