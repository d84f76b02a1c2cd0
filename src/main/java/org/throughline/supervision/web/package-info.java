/** The screens of supervision: the supervisor's coaches. */
package org.throughline.supervision.web;
