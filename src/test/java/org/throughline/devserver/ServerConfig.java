package org.throughline.devserver;

import java.nio.file.Path;
import java.util.List;

/** The Payara Micro options that apply {@code server-config/}; shared by the run command and the tests. */
public final class ServerConfig {

    private ServerConfig() {}

    /**
     * Options for a Payara Micro whose runtime folder is {@code rootDir}; the folder is emptied
     * first, so each start applies {@code server-config/} afresh and keeps no credentials from before.
     */
    public static List<String> microOptions(Path project, Path rootDir) throws java.io.IOException {
        if (java.nio.file.Files.exists(rootDir)) {
            try (var paths = java.nio.file.Files.walk(rootDir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return List.of(
                "--nocluster",
                "--rootDir",
                rootDir.toString(),
                "--addLibs",
                project.resolve("target/server/mysql-connector-j.jar").toString(),
                "--prebootcommandfile",
                project.resolve("server-config/pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile",
                project.resolve("server-config/post-boot-commands.asadmin").toString(),
                "--logproperties",
                project.resolve("server-config/logging.properties").toString());
    }
}
