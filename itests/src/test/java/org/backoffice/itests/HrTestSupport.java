package org.backoffice.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ops4j.pax.exam.Option;

/**
 * What the HR ITs share: a server booted with the HR module and its users: {@value #HR_MANAGER} (hr-manager),
 * {@value #HR_VIEWER} (hr-viewer), and alice, bob, carol and dave without HR roles, whom tests link to employee
 * records for self-service and manager approval.
 */
public abstract class HrTestSupport extends BackofficeTestSupport {

    protected static final String HR = "/api/hr";
    protected static final String HR_MANAGER = "hrmanager";
    protected static final String HR_VIEWER = "hrviewer";
    /** Staff users without roles; the HR classes share one server (HrSuiteIT), so each links its own to employees. */
    protected static final List<String> STAFF = List.of("alice", "bob", "carol", "dave", // HrEmployeesIT
            "erin", "frank", "grace", "heidi", // HrLeaveIT
            "ivan", "judy", "mallory", "oscar"); // HrTrainingIT

    /** Boots HR with its users; a class adds its own options to the list. */
    protected List<Option> hrOptions() throws IOException {
        List<Option> options = new ArrayList<>(List.of(configurationWith("backoffice-hr")));
        options.add(editConfigurationFilePut("etc/users.properties", HR_MANAGER, PASSWORD + ",hr-manager"));
        options.add(editConfigurationFilePut("etc/users.properties", HR_VIEWER, PASSWORD + ",hr-viewer"));
        for (String user : STAFF) {
            options.add(editConfigurationFilePut("etc/users.properties", user, PASSWORD));
        }
        return options;
    }

    protected static Http hrManager() {
        return http().as(HR_MANAGER);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
