/**
 * Small shared pieces: database start-up, health, clock, exceptions. Anything that belongs to one
 * feature lives in that feature's package instead.
 */
package org.throughline.shared;
