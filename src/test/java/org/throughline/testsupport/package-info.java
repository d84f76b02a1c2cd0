/**
 * What the integration tests share: the test database, the one application server for black-box
 * tests, the browser, and the Arquillian deployment helper.
 */
package org.throughline.testsupport;
