package org.backoffice.finance.impl.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.ledger.EntryStatus;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table FIN_JOURNAL_ENTRY; its lines are in FIN_JOURNAL_LINE. */
@Entity
@Table(name = "FIN_JOURNAL_ENTRY", indexes = @Index(name = "FIN_JE_DATE_IX", columnList = "ENTRY_DATE"))
public class JournalEntryEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_JE_IDS")
    @TableGenerator(name = "FIN_JE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "JOURNAL_ENTRY", allocationSize = 500)
    private Long id;

    @Column(name = "ENTRY_NUMBER", length = 20, unique = true)
    private String number;

    @Column(name = "ENTRY_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "PERIOD_ID", length = 7, nullable = false)
    private String period;

    @Column(name = "DESCRIPTION", length = 500, nullable = false)
    private String description;

    @Column(name = "REFERENCE", length = 100)
    private String reference;

    @Column(name = "SOURCE", length = 50, nullable = false)
    private String source;

    @Column(name = "SOURCE_DOCUMENT", length = 100)
    private String sourceDocument;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private EntryStatus status;

    @Column(name = "REVERSAL_OF")
    private Long reversalOf;

    @Column(name = "REVERSED_BY")
    private Long reversedBy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "POSTED_AT")
    private Instant postedAt;

    @Column(name = "POSTED_BY", length = 200)
    private String postedBy;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<JournalLineEntity> lines = new ArrayList<>();

    protected JournalEntryEntity() {
    }

    JournalEntryEntity(LocalDate date, String period, String description, String reference, String source,
            String sourceDocument, Instant now, String user) {
        super(now, user);
        this.date = date;
        this.period = period;
        this.description = description;
        this.reference = reference;
        this.source = source;
        this.sourceDocument = sourceDocument;
        this.status = EntryStatus.DRAFT;
    }

    void addLine(JournalLineEntity line) {
        line.attachTo(this, lines.size() + 1);
        lines.add(line);
    }

    void markPosted(String number, Instant at, String user) {
        this.number = number;
        this.status = EntryStatus.POSTED;
        this.postedAt = at;
        this.postedBy = user;
    }

    void setReversalOf(Long id) {
        this.reversalOf = id;
    }

    void setReversedBy(Long id) {
        this.reversedBy = id;
    }

    Long id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    String period() {
        return period;
    }

    String description() {
        return description;
    }

    String reference() {
        return reference;
    }

    EntryStatus status() {
        return status;
    }

    Long reversedBy() {
        return reversedBy;
    }

    Long reversalOf() {
        return reversalOf;
    }

    List<JournalLineEntity> lines() {
        return lines;
    }

    JournalEntry toEntry() {
        return new JournalEntry(id, number, date, period, description, reference, source, sourceDocument, status,
                reversalOf, reversedBy, postedAt, postedBy, lines.stream().map(JournalLineEntity::toLine).toList());
    }
}
