package org.backoffice.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * What the finance ITs share: a server booted with the finance module (a class may boot otherwise by overriding
 * {@link #configuration}), the REST base path, an administrator client, fiscal years opened before a test, and
 * partners. The container lives for the whole class, so every fixture accepts what an earlier test already made.
 */
public abstract class FinanceTestSupport extends BackofficeTestSupport {

    protected static final String F = "/api/finance";

    @Override
    @Configuration
    public Option[] configuration() throws IOException {
        return configurationWith("backoffice-finance");
    }

    protected static Http admin() {
        return http().as("admin");
    }

    /**
     * Waits until finance serves {@code readyPath} (its resources register one by one: name one the class uses),
     * then opens the fiscal years; a year already open answers 409, which is fine.
     */
    protected static void openYears(String readyPath, int... years) throws Exception {
        eventually(30_000, "finance REST", () -> admin().get(F + readyPath).status() == 200);
        for (int year : years) {
            int status = admin().post(F + "/fiscal-years", "{\"year\":" + year + "}").status();
            assertTrue("open " + year + ": " + status, status == 201 || status == 409);
        }
    }

    /** A partner named "Partner {@code code}" with one role, in USD, with payment terms. */
    protected static void partner(String code, String role, int terms) throws Exception {
        partner(code, "Partner " + code, role, terms);
    }

    /** A partner with one role, in USD, with payment terms (201, or 409 when an earlier test created it). */
    protected static void partner(String code, String name, String role, int terms) throws Exception {
        Http.Reply created = admin().post("/api/partners", "{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"roles\":[\"" + role + "\"],\"currency\":\"USD\",\"paymentTermsDays\":" + terms + "}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
    }
}
