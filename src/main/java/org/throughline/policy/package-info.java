/**
 * Confidentiality policies and the one access guard that decides who sees content.
 */
package org.throughline.policy;
