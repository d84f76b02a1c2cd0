/**
 * Clients and engagements: goal and baseline, status, feedback checks.
 */
package org.throughline.engagement;
