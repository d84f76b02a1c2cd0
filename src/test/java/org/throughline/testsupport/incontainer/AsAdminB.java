package org.throughline.testsupport.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as a second administrator with an account (admin-b@incontainer.test); its principal is set in glassfish-ejb-jar.xml. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdminB {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Work work) throws Exception {
        work.run();
    }
}
