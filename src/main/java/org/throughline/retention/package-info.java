/**
 * Retention rules, legal holds, the purge job and its receipts.
 */
package org.throughline.retention;
