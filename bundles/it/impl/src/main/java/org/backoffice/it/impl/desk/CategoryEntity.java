package org.backoffice.it.impl.desk;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.backoffice.it.api.Category;

/** A node of the category tree. */
@Entity
@Table(name = "IT_CATEGORY")
public class CategoryEntity {

    @Id
    @Column(name = "CODE", length = 40)
    String code;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Column(name = "PARENT", length = 40)
    String parent;

    Category toCategory() {
        return new Category(code, name, parent, version);
    }
}
