package org.throughline.devserver;

import java.nio.file.Path;
import java.util.List;

/** The Payara Micro options that apply {@code server-config/}; shared by the run command and the tests. */
public final class ServerConfig {

    private ServerConfig() {}

    public static List<String> microOptions(Path project) {
        return List.of(
                "--nocluster",
                "--rootDir",
                project.resolve("target/payara-root").toString(),
                "--addLibs",
                project.resolve("target/server/mysql-connector-j.jar").toString(),
                "--postbootcommandfile",
                project.resolve("server-config/post-boot-commands.asadmin").toString(),
                "--logproperties",
                project.resolve("server-config/logging.properties").toString());
    }
}
