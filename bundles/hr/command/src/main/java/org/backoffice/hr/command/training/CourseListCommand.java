package org.backoffice.hr.command.training;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "hr", name = "course-list", description = "Lists training courses")
@Service
public class CourseListCommand extends PagedListCommand {

    static final Table<Course> TABLE = Table.of(Course.class)
            .column("Code", Course::code)
            .column("Title", 40, Course::title)
            .column("Certification", Course::certificationCode)
            .right("Months", Course::validityMonths);

    @Reference
    TrainingService training;

    @Option(name = "--query", aliases = "-q", description = "Part of the code or title")
    String text;

    @Override
    public Object execute() {
        print(training.courses(text, page()), TABLE, "courses");
        return null;
    }
}
