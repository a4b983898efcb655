package org.backoffice.hr.impl.leave;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.hr.impl.people.PersonalDataSource;
import org.backoffice.platform.support.jpa.UnitTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The leave part of the GDPR export (requests, ledger) and of anonymisation (reasons and notes cleared). */
@Component(service = PersonalDataSource.class)
public final class LeavePersonalData implements PersonalDataSource {

    private final JpaTemplate jpa;

    @Activate
    public LeavePersonalData(@Reference(target = "(osgi.unit.name=backoffice-hr)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String area() {
        return "leave";
    }

    @Override
    public Map<String, Object> export(long employeeId) {
        return UnitTransactions.read(jpa, em -> {
            List<Map<String, Object>> requests = em.createQuery("SELECT r FROM LeaveRequestEntity r"
                    + " WHERE r.employeeId = :e ORDER BY r.from", LeaveRequestEntity.class)
                    .setParameter("e", employeeId).getResultStream().map(r -> r.toRequest(true)).map(r -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", r.id());
                        m.put("type", r.type());
                        m.put("from", r.from().toString());
                        m.put("to", r.to().toString());
                        m.put("part", r.part().name());
                        m.put("amount", r.amount());
                        m.put("state", r.state().name());
                        m.put("reason", r.reason());
                        m.put("attachment", r.attachment());
                        m.put("decidedBy", r.decidedBy());
                        m.put("decisionNote", r.decisionNote());
                        return m;
                    }).toList();
            List<Map<String, Object>> movements = em.createQuery("SELECT m FROM LeaveMovementEntity m"
                    + " WHERE m.employeeId = :e ORDER BY m.moveDate, m.id", LeaveMovementEntity.class)
                    .setParameter("e", employeeId).getResultStream().map(mv -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("date", mv.date().toString());
                        m.put("type", mv.typeCode());
                        m.put("kind", mv.kind());
                        m.put("amount", mv.amount());
                        m.put("note", mv.note());
                        return m;
                    }).toList();
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("requests", requests);
            all.put("movements", movements);
            return all;
        });
    }

    @Override
    public void anonymise(long employeeId) {
        UnitTransactions.write(jpa, "Leave of employee " + employeeId, em -> {
            em.createQuery("SELECT r FROM LeaveRequestEntity r WHERE r.employeeId = :e", LeaveRequestEntity.class)
                    .setParameter("e", employeeId).getResultList().forEach(LeaveRequestEntity::anonymise);
            em.createQuery("SELECT m FROM LeaveMovementEntity m WHERE m.employeeId = :e AND m.kind = :k",
                    LeaveMovementEntity.class).setParameter("e", employeeId).setParameter("k", Ledger.ADJUSTMENT)
                    .getResultList().forEach(LeaveMovementEntity::clearNote);
            return null;
        });
    }
}
