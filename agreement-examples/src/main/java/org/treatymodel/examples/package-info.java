/**
 * Runnable walkthroughs of the 2016 UN–IOM Agreement. {@link org.treatymodel.examples.Tour} is the
 * one-command tour the README names.
 */
@NullMarked
package org.treatymodel.examples;

import org.jspecify.annotations.NullMarked;
