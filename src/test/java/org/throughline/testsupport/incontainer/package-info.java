/**
 * Helpers that run inside the server with an in-container test: calling services in a given role.
 */
package org.throughline.testsupport.incontainer;
