package org.backoffice.hr.command.training;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "hr", name = "certs-expiring", description = "Lists valid certifications expiring within N days")
@Service
public class CertsExpiringCommand implements Action {

    static final Table<Certification> TABLE = Table.of(Certification.class)
            .column("Employee", Certification::employee)
            .column("Code", Certification::code)
            .column("Name", 40, Certification::name)
            .column("Issued", Certification::issued)
            .column("Expiry", Certification::expiry);

    @Reference
    TrainingService training;

    @Option(name = "--days", aliases = "-d", description = "Days ahead (default 30)")
    int days = 30;

    @Option(name = "--from", description = "First day (YYYY-MM-DD, default today)")
    String from;

    @Override
    public Object execute() throws Exception {
        ShellProblems.run(() -> {
            LocalDate start = from == null ? LocalDate.now() : ShellValues.date("from", from);
            var found = training.expiring(start, days);
            TABLE.print(found);
            System.out.println(found.size() + " certifications expiring from " + start + " to "
                    + start.plusDays(days));
        });
        return null;
    }
}
