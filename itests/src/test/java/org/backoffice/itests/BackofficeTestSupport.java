package org.backoffice.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.util.Filter;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the built server (karaf-assembly's tar.gz) for each test class, on free ports, with test users; a class may
 * add boot features ({@link #configurationWith}), and what one class installs or removes cannot leak into another.
 * {@code @Configuration} runs in the Maven JVM; the tests run inside Karaf and talk to it over real HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class BackofficeTestSupport {

    static final String PASSWORD = "Secret-123";
    static final String HTTP_PORT_PROPERTY = "backoffice.test.httpPort";

    /** Boot can take longer than Pax Exam's default 10 s wait on a busy two-core machine. */
    @Inject
    @Filter(timeout = 120_000)
    protected BootFinished bootFinished;

    @Inject
    protected SessionFactory sessionFactory;

    /** bin/karaf's options for Java 9+ and bin/setenv's heap and collector; relative paths: Karaf's home is the cwd. */
    private static final String[] LAUNCH_OPTIONS = {
        "-Xms64m", "-Xmx1g", "-XX:+UseSerialGC",
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
        "--add-opens", "java.base/java.security=ALL-UNNAMED",
        "--add-opens", "java.base/java.net=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
    };

    @Configuration
    public Option[] configuration() throws IOException {
        return baseConfiguration();
    }

    private Option[] baseConfiguration() throws IOException {
        File assembly = new File(System.getProperty("backoffice.assembly"));
        if (!assembly.isFile()) {
            throw new IllegalStateException("build the assembly first: " + assembly);
        }
        String httpPort = Integer.toString(freePort());
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        // -Dbackoffice.keepRuntime=true keeps target/exam/<uuid> (with data/log/karaf.log) after a run
        Option keep = Boolean.getBoolean("backoffice.keepRuntime") ? keepRuntimeFolder() : systemTimeout(180_000);
        return new Option[] {
            keep,
            karafDistributionConfiguration()
                    .frameworkUrl(assembly.toURI().toString())
                    .name("Backoffice")
                    .karafVersion("4.4.10")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            // Pax Exam starts the JVM itself and leaves out what bin/karaf adds on Java 9+ (lib/endorsed patched in,
            // opened packages) and what bin/setenv sets: the server under test should run as it does in production.
            vmOptions(LAUNCH_OPTIONS),
            logLevel(LogLevel.WARN),
            systemTimeout(180_000),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                    Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                    Integer.toString(freePort())),
            editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, httpPort),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepository),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
            // the test users: an administrator, a module manager and viewer, and one without any role
            editConfigurationFilePut("etc/users.properties", "admin", PASSWORD + ",_g_:admingroup"),
            editConfigurationFilePut("etc/users.properties", "manager", PASSWORD + ",partners-manager"),
            editConfigurationFilePut("etc/users.properties", "viewer", PASSWORD + ",partners-viewer"),
            editConfigurationFilePut("etc/users.properties", "nobody", PASSWORD),
        };
    }

    /**
     * Boot features being installed does not mean the HTTP whiteboard has published the API yet: wait until health
     * answers and lists the partners module (booted in every configuration) before a test talks to the server.
     */
    @org.junit.Before
    public void waitForApi() throws Exception {
        eventually(60_000, "the REST API with the partners module", () -> {
            Http.Reply health = http().get("/api/health");
            return health.status() == 200 && health.body().contains("\"partners\"");
        });
    }

    /** The standard configuration plus more boot features, e.g. a module that is not booted by default. */
    protected Option[] configurationWith(String... bootFeatures) throws IOException {
        java.util.List<Option> options = new java.util.ArrayList<>(java.util.List.of(baseConfiguration()));
        for (String feature : bootFeatures) {
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend(
                    "etc/org.apache.karaf.features.cfg", "featuresBoot", "," + feature));
        }
        return options.toArray(new Option[0]);
    }

    protected static Http http() {
        return new Http(Integer.getInteger(HTTP_PORT_PROPERTY));
    }

    /** Runs a console command as an administrator and returns what it printed. */
    protected String shell(String command) throws Exception {
        return shell(command, "");
    }

    /** Runs a console command as an administrator, typing {@code input} when it asks, and returns what it printed. */
    protected String shell(String command, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        Callable<Object> run = () -> session.execute(command);
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) run::call);
            if (result != null) {
                out.println(result);
            }
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Waits for a condition that becomes true asynchronously; fails after the timeout. */
    protected static void eventually(long timeoutMillis, String what, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        AssertionError last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (AssertionError e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what, last);
    }

    @FunctionalInterface
    protected interface Check {
        boolean holds() throws Exception;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
