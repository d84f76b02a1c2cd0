/**
 * The local launcher behind the README's run command, and the embedded MariaDB it shares with the tests.
 * Test code only: none of it goes into the WAR.
 */
package org.throughline.devserver;
