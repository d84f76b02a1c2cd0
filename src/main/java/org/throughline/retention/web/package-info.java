/**
 * Screens for retention: rules, the purge and its receipts, legal holds, erasure requests, and a
 * client's subject access and erasure page.
 */
package org.throughline.retention.web;
