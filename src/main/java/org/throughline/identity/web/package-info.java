/**
 * The screens and filters of accounts and sign-in: the sign-in page, password change, account
 * management, the security log, and the filter that guards page areas and open sessions.
 */
package org.throughline.identity.web;
