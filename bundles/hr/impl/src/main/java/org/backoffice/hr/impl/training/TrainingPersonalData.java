package org.backoffice.hr.impl.training;

import java.util.Map;

import org.backoffice.hr.impl.people.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Training's part of the GDPR export: enrolments and certifications. */
@Component(service = PersonalDataSource.class)
public final class TrainingPersonalData implements PersonalDataSource {

    private final TrainingStore store;

    @Activate
    public TrainingPersonalData(@Reference TrainingStore store) {
        this.store = store;
    }

    @Override
    public String area() {
        return "training";
    }

    @Override
    public Map<String, Object> export(long employeeId) {
        return store.export(employeeId);
    }

    @Override
    public void anonymise(long employeeId) {
        // training holds no free text about a person: enrolments and certifications are facts that stay
    }
}
