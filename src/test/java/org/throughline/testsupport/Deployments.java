package org.throughline.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.throughline.testsupport.incontainer.AsAdmin;

/**
 * The one way to build an Arquillian deployment: the whole built WAR (as it ships) plus the
 * in-container helpers and <em>every</em> in-container test class, at {@code /incontainer}. All classes
 * get the same WAR, which {@link SharedPayara} deploys once for the whole run.
 */
public final class Deployments {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private Deployments() {}

    /** The deployment of an in-container test class (the same for all of them). */
    public static WebArchive application(Class<?> testClass) {
        File war = new File(System.getProperty("throughline.war", "target/throughline.war"));
        WebArchive archive = ShrinkWrap.create(WebArchive.class, SharedPayara.CONTEXT_ROOT + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addPackage(AsAdmin.class.getPackage())
                .addAsWebInfResource(new File("src/test/resources/incontainer/glassfish-web.xml"), "glassfish-web.xml")
                .addAsWebInfResource(
                        new File("src/test/resources/incontainer/glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml");
        for (Class<?> inContainer : inContainerClasses()) {
            archive.addClass(inContainer);
        }
        return archive.addClass(testClass);
    }

    /** The test classes that run inside the server: {@code *IT} classes extended with Arquillian. */
    private static List<Class<?>> inContainerClasses() {
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            return files.map(TEST_CLASSES::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .<Class<?>>map(Deployments::load)
                    .filter(Deployments::runsInContainer)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsInContainer(Class<?> type) {
        ExtendWith extensions = type.getAnnotation(ExtendWith.class);
        return extensions != null && List.of(extensions.value()).contains(ArquillianExtension.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
