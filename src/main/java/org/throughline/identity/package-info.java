/**
 * Accounts, roles, the identity store, sign-in and the current user.
 */
package org.throughline.identity;
