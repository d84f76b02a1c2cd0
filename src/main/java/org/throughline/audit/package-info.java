/**
 * The append-only audit trail of reads and writes of confidential records.
 */
package org.throughline.audit;
