/**
 * Helpers shared by every screen: messages from the bundle, error handling, the layout.
 */
package org.throughline.shared.web;
