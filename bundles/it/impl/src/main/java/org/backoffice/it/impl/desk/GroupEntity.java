package org.backoffice.it.impl.desk;

import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.backoffice.it.api.SupportGroup;

/** A support group; its members are user names, stored one per line. */
@Entity
@Table(name = "IT_GROUP")
public class GroupEntity {

    @Id
    @Column(name = "CODE", length = 40)
    String code;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Column(name = "MEMBERS", length = 4000)
    String members;

    List<String> memberList() {
        return members == null || members.isEmpty() ? List.of() : Arrays.asList(members.split("\n"));
    }

    SupportGroup toGroup() {
        return new SupportGroup(code, name, memberList(), version);
    }
}
