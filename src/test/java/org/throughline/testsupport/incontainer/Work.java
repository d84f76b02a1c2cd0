package org.throughline.testsupport.incontainer;

/** A piece of test code that returns nothing and may throw. */
@FunctionalInterface
public interface Work {
    void run() throws Exception;
}
