/** The screens of clients and engagements. */
package org.throughline.engagement.web;
