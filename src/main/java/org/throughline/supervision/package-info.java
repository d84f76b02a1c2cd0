/**
 * Supervision reviews, development notes and the supervision log.
 */
package org.throughline.supervision;
