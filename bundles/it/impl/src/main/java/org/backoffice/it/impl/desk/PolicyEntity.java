package org.backoffice.it.impl.desk;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.backoffice.it.api.SlaPolicy;

/** An SLA policy; targets in business seconds, warnings as "75,90". */
@Entity
@Table(name = "IT_SLA_POLICY")
public class PolicyEntity {

    @Id
    @Column(name = "CODE", length = 40)
    String code;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Column(name = "RANK_NO", nullable = false)
    int rank;

    @Column(name = "PRIORITY")
    Integer priority;

    @Column(name = "CATEGORY", length = 40)
    String category;

    @Column(name = "REQUESTER_GROUP", length = 40)
    String requesterGroup;

    @Column(name = "CALENDAR", length = 40, nullable = false)
    String calendar;

    @Column(name = "FIRST_RESPONSE_SECONDS", nullable = false)
    long firstResponseSeconds;

    @Column(name = "RESOLUTION_SECONDS", nullable = false)
    long resolutionSeconds;

    @Column(name = "WARNINGS", length = 100)
    String warnings;

    @Column(name = "PAUSE_ON_WAITING", nullable = false)
    boolean pauseOnWaiting;

    List<Integer> warningList() {
        return warnings == null || warnings.isBlank() ? List.of()
                : Arrays.stream(warnings.split(",")).map(Integer::valueOf).toList();
    }

    long targetSeconds(String target) {
        return SlaTargets.FIRST_RESPONSE.equals(target) ? firstResponseSeconds : resolutionSeconds;
    }

    SlaPolicy toPolicy() {
        return new SlaPolicy(code, name, rank, priority, category, requesterGroup, calendar,
                Duration.ofSeconds(firstResponseSeconds).toString(), Duration.ofSeconds(resolutionSeconds).toString(),
                warningList(), pauseOnWaiting, version);
    }
}
