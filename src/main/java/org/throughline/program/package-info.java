/**
 * Programs and engagement templates: versions, question sets and communication norms.
 */
package org.throughline.program;
