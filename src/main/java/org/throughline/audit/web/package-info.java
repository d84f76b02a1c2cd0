/**
 * The administrators' screen of the audit trail, with its "verify" action.
 */
package org.throughline.audit.web;
