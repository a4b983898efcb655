package org.backoffice.it.impl.assets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.backoffice.it.api.ItModule;
import org.backoffice.platform.api.event.EventLog;

/**
 * The expiry announcements due on a date: each asset warranty and licence expiring within a threshold (or already
 * past it) is announced once per threshold, stored in IT_EXPIRY_NOTICE in the event's transaction.
 */
final class ExpiryScan {

    static final String WARRANTY = "WARRANTY";
    static final String LICENCE = "LICENCE";

    private ExpiryScan() {
    }

    /** The thresholds a date {@code days} away has reached (all of them once it is past). */
    static List<Integer> reached(long days, List<Integer> thresholds) {
        return thresholds.stream().filter(t -> days <= t).toList();
    }

    static List<String> run(EntityManager em, EventLog events, LocalDate asOf, List<Integer> thresholds) {
        int furthest = thresholds.stream().mapToInt(Integer::intValue).max().orElse(0);
        LocalDate until = asOf.plusDays(furthest);
        Set<String> sent = new HashSet<>();
        for (ExpiryNoticeEntity n : em.createQuery("SELECT n FROM ExpiryNoticeEntity n", ExpiryNoticeEntity.class)
                .getResultList()) {
            sent.add(n.kind + "/" + n.item + "/" + n.thresholdDays);
        }
        List<String> result = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT a.tag, a.warrantyEnd FROM AssetEntity a WHERE a.warrantyEnd <= :u"
                + " AND a.status <> 'DISPOSED'", Object[].class).setParameter("u", until).getResultList()) {
            announce(em, events, WARRANTY, (String) row[0], (LocalDate) row[1], asOf, thresholds, sent, result);
        }
        for (Object[] row : em.createQuery("SELECT l.code, l.expiry FROM LicenceEntity l WHERE l.expiry <= :u",
                Object[].class).setParameter("u", until).getResultList()) {
            announce(em, events, LICENCE, (String) row[0], (LocalDate) row[1], asOf, thresholds, sent, result);
        }
        return result;
    }

    private static void announce(EntityManager em, EventLog events, String kind, String item, LocalDate expires,
            LocalDate asOf, List<Integer> thresholds, Set<String> sent, List<String> result) {
        long days = ChronoUnit.DAYS.between(asOf, expires);
        for (int threshold : reached(days, thresholds)) {
            if (sent.add(kind + "/" + item + "/" + threshold)) {
                ExpiryNoticeEntity n = new ExpiryNoticeEntity();
                n.kind = kind;
                n.item = item;
                n.thresholdDays = threshold;
                n.expires = expires;
                n.sentOn = asOf;
                em.persist(n);
                events.append(em, WARRANTY.equals(kind) ? ItModule.TOPIC_WARRANTY_EXPIRING
                        : ItModule.TOPIC_LICENCE_EXPIRING, item, Map.of(WARRANTY.equals(kind) ? "tag" : "licence",
                        item, "expires", expires.toString(), "thresholdDays", threshold, "daysLeft", days));
                result.add(kind + " " + item + " " + threshold);
            }
        }
    }
}
