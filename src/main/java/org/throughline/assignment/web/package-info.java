/** The screens of coach profiles, capacity and supervision assignments. */
package org.throughline.assignment.web;
