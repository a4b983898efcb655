package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.backoffice.it.impl.sla.SlaClock;
import org.backoffice.platform.api.persistence.UtcInstant;

/**
 * One target's clock of a ticket as stored at its last transition ({@link SlaClock}'s fields), the alerts already
 * sent ("W75,W90,B") and the instant of the next one, which the scan looks for.
 */
@Entity
@Table(name = "IT_SLA_CLOCK", indexes = {
    @Index(name = "IT_SLA_CLOCK_TICKET", columnList = "TICKET_ID"),
    @Index(name = "IT_SLA_CLOCK_ALERT", columnList = "NEXT_ALERT_AT")})
public class ClockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_SLA_CLOCK_IDS")
    @TableGenerator(name = "IT_SLA_CLOCK_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SLA_CLOCK", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "TARGET", length = 20, nullable = false)
    String target;

    @Column(name = "POLICY", length = 40, nullable = false)
    String policy;

    @Column(name = "CALENDAR", length = 40, nullable = false)
    String calendar;

    @Column(name = "TARGET_SECONDS", nullable = false)
    long targetSeconds;

    @Column(name = "CONSUMED_SECONDS", nullable = false)
    long consumedSeconds;

    @Convert(converter = UtcInstant.class)
    @Column(name = "SINCE", nullable = false)
    Instant since;

    @Column(name = "STATE", length = 10, nullable = false)
    String state;

    @Convert(converter = UtcInstant.class)
    @Column(name = "BREACHED_AT")
    Instant breachedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "DUE_AT")
    Instant dueAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "NEXT_ALERT_AT")
    Instant nextAlertAt;

    @Column(name = "WARNINGS", length = 100, nullable = false)
    String warnings = "";

    @Column(name = "SENT", length = 100, nullable = false)
    String sent = "";

    SlaClock clock() {
        return new SlaClock(Duration.ofSeconds(targetSeconds), Duration.ofSeconds(consumedSeconds), since,
                SlaClock.State.valueOf(state), breachedAt);
    }

    void store(SlaClock clock) {
        targetSeconds = clock.target().getSeconds();
        consumedSeconds = clock.consumed().getSeconds();
        since = clock.since();
        state = clock.state().name();
        breachedAt = clock.breachedAt();
    }

    java.util.List<Integer> warningList() {
        return warnings.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(warnings.split(",")).map(Integer::valueOf).toList();
    }

    boolean sent(String alert) {
        return (',' + sent + ',').contains(',' + alert + ',');
    }

    void markSent(String alert) {
        sent = sent.isEmpty() ? alert : sent + ',' + alert;
    }
}
