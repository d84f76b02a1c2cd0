/** The screens of programs and templates: program list, a program's templates, the template editor. */
package org.throughline.program.web;
