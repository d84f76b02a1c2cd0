/**
 * The local launcher behind the README's run command (embedded MariaDB, demo mode), the purge
 * benchmark, and {@link org.throughline.devserver.RunnableJar}, which starts target/throughline.jar for
 * them and for the test servers. Built with the tests; none of it goes into the WAR or the jar.
 */
package org.throughline.devserver;
