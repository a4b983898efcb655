package org.backoffice.hr.impl.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.backoffice.hr.api.HrModule;
import org.backoffice.hr.api.training.Certification;
import org.backoffice.hr.api.training.Course;
import org.backoffice.hr.api.training.TrainingSession;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;

/** The audit records of training, in the caller's transaction, and the fields each record type is audited by. */
final class TrainingAudit {

    private final AuditTrail audit;

    TrainingAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records {@code fields} as set from nothing (a creation or an action with its arguments). */
    void record(EntityManager em, String entity, String id, String action, Map<String, Object> fields) {
        record(em, entity, id, action, diff(Map.of(), fields));
    }

    void record(EntityManager em, String entity, String id, String action, List<FieldChange> changes) {
        audit.record(em, AuditEntry.of(HrModule.ID, entity, id, action, changes));
    }

    /** The fields whose text differs, in name order. */
    static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(key, old == null ? null : old.toString(),
                        now == null ? null : now.toString()));
            }
        }
        return changes;
    }

    static Map<String, Object> courseFields(Course c) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", c.code());
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("certificationCode", c.certificationCode());
        m.put("certificationName", c.certificationName());
        m.put("validityMonths", c.validityMonths());
        return m;
    }

    static Map<String, Object> sessionFields(TrainingSession s) {
        Map<String, Object> m = new HashMap<>();
        m.put("course", s.course());
        m.put("startDate", s.startDate());
        m.put("endDate", s.endDate());
        m.put("trainer", s.trainer());
        m.put("location", s.location());
        m.put("capacity", s.capacity());
        return m;
    }

    /** Also the certification's part of the personal-data export, so kept in this order. */
    static Map<String, Object> certificationFields(Certification c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employee", c.employee());
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("issued", c.issued() == null ? null : c.issued().toString());
        m.put("expiry", c.expiry() == null ? null : c.expiry().toString());
        m.put("sessionId", c.sessionId());
        return m;
    }
}
