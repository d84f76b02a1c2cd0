package org.throughline.demo;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One demo account at work: what {@link #call} runs, it runs as that account (each subclass has its
 * {@code @RunAs} role and, in glassfish-ejb-jar.xml, its principal). It refuses to run outside demo
 * mode, so the product holds no way to act as someone who did not sign in.
 */
abstract class DemoActor {

    @Inject
    @ConfigProperty(name = "throughline.demo", defaultValue = "false")
    boolean demo;

    public <T> T call(Callable<T> work) throws Exception {
        if (!demo) {
            throw new IllegalStateException("Demo accounts act in demo mode only");
        }
        return work.call();
    }
}
