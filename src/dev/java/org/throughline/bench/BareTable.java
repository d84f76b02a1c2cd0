package org.throughline.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The bare table page's WAR (src/dev/bare and {@link BareRows}, with PrimeFaces), at /bare. */
final class BareTable {

    private BareTable() {}

    static Path war() throws Exception {
        Path primefaces = Files.walk(
                        Path.of(System.getProperty("user.home"), ".m2/repository/org/primefaces/primefaces"))
                .filter(p -> p.getFileName().toString().endsWith("-jakarta.jar"))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("PrimeFaces (jakarta) is not in the local Maven repository"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "bare.war")
                .addClass(BareRows.class)
                .addClass(BareRows.Row.class)
                .addAsWebResource(new File("src/dev/bare/table.xhtml"), "table.xhtml")
                .addAsLibrary(primefaces.toFile())
                .addAsWebInfResource(
                        new StringAsset(
                                "<faces-config xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"" + " version=\"4.0\"/>"),
                        "faces-config.xml")
                .addAsWebInfResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml")
                .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<context-param><param-name>jakarta.faces.PROJECT_STAGE</param-name>"
                        + "<param-value>Production</param-value></context-param>"
                        + "<servlet><servlet-name>faces</servlet-name>"
                        + "<servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class></servlet>"
                        + "<servlet-mapping><servlet-name>faces</servlet-name><url-pattern>*.xhtml</url-pattern>"
                        + "</servlet-mapping></web-app>"));
        Path out = Path.of("target/bench/bare.war").toAbsolutePath();
        Files.createDirectories(out.getParent());
        war.as(ZipExporter.class).exportTo(out.toFile(), true);
        return out;
    }
}
