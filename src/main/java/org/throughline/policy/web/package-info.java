/**
 * Screens for confidentiality policies and for break-glass openings.
 */
package org.throughline.policy.web;
