package org.backoffice.itests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built server (karaf-assembly's tar.gz) unpacked into a folder of its own and run as a user runs it, with
 * {@code bin/karaf server}, {@code bin/stop} and {@code kill -9}: for the tests that restart and crash a server,
 * which Pax Exam's container cannot do. Runs in the Maven JVM.
 */
final class ServerProcess implements AutoCloseable {

    static final String USER = "admin";

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final String javaHome = System.getProperty("java.home");
    private Process launcher;

    ServerProcess(Path home) throws IOException, InterruptedException {
        this.home = home.toAbsolutePath();
        this.httpPort = freePort();
        this.sshPort = freePort();
        File assembly = new File(System.getProperty("backoffice.assembly"));
        if (!assembly.isFile()) {
            throw new IllegalStateException("build the assembly first: " + assembly);
        }
        deleteRecursively(this.home);
        Files.createDirectories(this.home);
        run(List.of("tar", "-xzf", assembly.getAbsolutePath(), "-C", this.home.toString(), "--strip-components=1"));
        Files.writeString(home.resolve("etc/users.properties"),
                "\n" + USER + " = " + BackofficeTestSupport.PASSWORD + ",_g_:admingroup\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        replaceLine("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        replaceLine("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            replaceLine("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository);
        }
    }

    Http http() {
        return new Http(httpPort).as(USER);
    }

    int httpPort() {
        return httpPort;
    }

    Path home() {
        return home;
    }

    /** {@code bin/karaf server} in the background; returns at once. */
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile()));
        builder.environment().put("JAVA_HOME", javaHome);
        launcher = builder.start();
    }

    /** {@code bin/stop}, then waits until the server's JVM has ended. */
    void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> jvm = jvm();
        run(List.of("bin/stop"));
        if (jvm.isPresent()) {
            jvm.get().onExit().orTimeout(120, TimeUnit.SECONDS).join();
        }
        awaitLauncher();
    }

    /** {@code kill -9} of the server's JVM: no shutdown hook, no stop of any bundle, as in a power cut. */
    void kill() throws InterruptedException {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("the server's JVM is not running"));
        jvm.destroyForcibly();
        jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        awaitLauncher();
    }

    /** Runs a console command through {@code bin/client} and returns what it printed. */
    String console(String command) throws IOException, InterruptedException {
        return run(List.of("sh", "-c", "echo \"$0\" | bin/client -a " + sshPort + " -u " + USER + " -p "
                + BackofficeTestSupport.PASSWORD + " -b", command));
    }

    /** The JVM that bin/karaf started (bin/karaf is a shell script that runs java as a child). */
    Optional<ProcessHandle> jvm() {
        if (launcher == null) {
            return Optional.empty();
        }
        return launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    long jvmRssKilobytes() throws IOException {
        long pid = jvm().orElseThrow().pid();
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        return rss.find() ? Long.parseLong(rss.group(1)) : -1;
    }

    @Override
    public void close() throws Exception {
        jvm().ifPresent(ProcessHandle::destroyForcibly);
        if (launcher != null) {
            launcher.destroyForcibly();
        }
    }

    private void awaitLauncher() throws InterruptedException {
        if (launcher != null && !launcher.waitFor(30, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
        launcher = null;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish: " + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    private void replaceLine(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.ISO_8859_1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
