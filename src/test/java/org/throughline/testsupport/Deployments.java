package org.throughline.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.throughline.testsupport.incontainer.AsAdmin;

/**
 * The one way to build an Arquillian deployment: the whole built WAR (as it ships) plus the
 * in-container helpers and the test class. Keep to one deployment per feature: each
 * starts its own Payara Micro.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application(Class<?> testClass) {
        File war = new File(System.getProperty("throughline.war", "target/throughline.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(AsAdmin.class.getPackage())
                .addAsWebInfResource(new File("src/test/resources/incontainer/glassfish-web.xml"), "glassfish-web.xml")
                .addAsWebInfResource(
                        new File("src/test/resources/incontainer/glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml")
                .addClass(testClass);
    }
}
