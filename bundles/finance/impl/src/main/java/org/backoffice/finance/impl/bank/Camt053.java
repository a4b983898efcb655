package org.backoffice.finance.impl.bank;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Reads an ISO 20022 {@code camt.053.001.02} bank-to-customer statement with the JDK's StAX parser (no DTDs, no
 * external entities). A file holds one or more {@code Stmt} (banks often send one per day in a file). Problems name
 * the element, e.g. {@code Stmt/Ntry[3]/Amt}, or {@code Stmt[2]/Ntry[3]/Amt} in a file of several statements.
 */
final class Camt053 {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    static final int MAX_ENTRIES = 100_000;

    private static final XMLInputFactory FACTORY = secureFactory();

    private Camt053() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /**
     * Every {@code Stmt} of the document, in file order, each checked on its own: its fields, its currency, and that
     * its opening balance plus its entries is its closing balance. All problems of all statements are reported in one
     * refusal; with several statements they are named {@code Stmt[2]/...}, a single one keeps {@code Stmt/...}.
     */
    static List<ParsedStatement> parse(String xml) {
        List<RawStatement> raws = new ArrayList<>();
        int entryCount = 0;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml == null ? "" : xml));
            Deque<String> path = new ArrayDeque<>();
            RawStatement raw = null;
            Map<String, String> balance = null;
            Map<String, String> entry = null;
            StringBuilder text = new StringBuilder();
            boolean rootChecked = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ValidationFailedException.of("content", "a DTD is not allowed");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (!rootChecked) {
                        rootChecked = true;
                        if (!"Document".equals(name) || !NAMESPACE.equals(reader.getNamespaceURI())) {
                            throw ValidationFailedException.of("Document", "not a camt.053.001.02 document (root "
                                    + name + " in namespace " + reader.getNamespaceURI() + ")");
                        }
                    }
                    path.addLast(name);
                    text.setLength(0);
                    String at = relative(path);
                    if (at.equals("Stmt")) {
                        raw = new RawStatement();
                        raws.add(raw);
                    } else if (at.equals("Stmt/Bal")) {
                        balance = new HashMap<>();
                    } else if (at.equals("Stmt/Ntry")) {
                        entry = new HashMap<>();
                        if (++entryCount > MAX_ENTRIES) {
                            throw ValidationFailedException.of("Stmt/Ntry", "more than " + MAX_ENTRIES + " entries");
                        }
                    }
                    if ("Amt".equals(name) && reader.getAttributeValue(null, "Ccy") != null) {
                        Map<String, String> target = entry != null ? entry : balance;
                        if (target != null) {
                            target.putIfAbsent(suffix(at) + "@Ccy", reader.getAttributeValue(null, "Ccy"));
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw ValidationFailedException.of(relative(path), "entity references are not allowed");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String at = relative(path);
                    String value = text.toString().trim();
                    if (at.equals("Stmt")) {
                        raw = null;
                    } else if (at.equals("Stmt/Bal")) {
                        String code = balance.get("Tp/CdOrPrtry/Cd");
                        if ("OPBD".equals(code) || "PRCD".equals(code)) {
                            raw.opening.putAll(balance);
                        } else if ("CLBD".equals(code)) {
                            raw.closing.putAll(balance);
                        }
                        balance = null;
                    } else if (at.equals("Stmt/Ntry")) {
                        raw.entries.add(entry);
                        entry = null;
                    } else if (!value.isEmpty()) {
                        if (entry != null) {
                            entry.putIfAbsent(suffix(at), value);
                        } else if (balance != null) {
                            balance.putIfAbsent(suffix(at), value);
                        } else if (raw != null) {
                            raw.fields.putIfAbsent(at, value);
                        }
                    }
                    text.setLength(0);
                    path.removeLast();
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw ValidationFailedException.of("content", "is not well-formed XML" + where + ": "
                    + firstLine(e.getMessage()));
        }
        if (raws.isEmpty()) {
            throw ValidationFailedException.of("BkToCstmrStmt/Stmt", "the file holds no statement");
        }
        Validator v = new Validator();
        List<ParsedStatement> statements = new ArrayList<>(raws.size());
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> sequences = new HashMap<>();
        for (int i = 0; i < raws.size() && v.errors().size() <= 20; i++) {
            String stmt = element(i, raws.size());
            ParsedStatement parsed = build(v, stmt, raws.get(i));
            if (parsed == null) {
                continue;
            }
            Integer earlier = ids.putIfAbsent(parsed.statementId(), i + 1);
            v.check(earlier == null, stmt + "/Id", "statement id " + parsed.statementId() + " is also that of Stmt["
                    + earlier + "]");
            if (parsed.sequenceNumber() != null) {
                earlier = sequences.putIfAbsent(parsed.sequenceNumber(), i + 1);
                v.check(earlier == null, stmt + "/ElctrncSeqNb", "sequence number " + parsed.sequenceNumber()
                        + " is also that of Stmt[" + earlier + "]");
            }
            statements.add(parsed);
        }
        v.throwIfInvalid();
        return List.copyOf(statements);
    }

    /** How problems name the statement at {@code index} (from 0): {@code Stmt}, or {@code Stmt[2]} of several. */
    static String element(int index, int count) {
        return count == 1 ? "Stmt" : "Stmt[" + (index + 1) + "]";
    }

    /** The elements of one {@code Stmt} as read, keyed by their path. */
    private static final class RawStatement {
        final Map<String, String> fields = new HashMap<>();
        final Map<String, String> opening = new HashMap<>();
        final Map<String, String> closing = new HashMap<>();
        final List<Map<String, String>> entries = new ArrayList<>();
    }

    /** One statement, its problems added to {@code v} under {@code stmt}; null when it has any. */
    private static ParsedStatement build(Validator v, String stmt, RawStatement raw) {
        int before = v.errors().size();
        Map<String, String> statement = raw.fields;
        v.requiredText(stmt + "/Id", statement.get("Stmt/Id"), 35);
        v.optionalText(stmt + "/ElctrncSeqNb", statement.get("Stmt/ElctrncSeqNb"), 18);
        v.requiredText(stmt + "/Acct/Id/IBAN", statement.get("Stmt/Acct/Id/IBAN"), 34);
        String currency = statement.get("Stmt/Acct/Ccy");
        v.requiredText(stmt + "/Acct/Ccy", currency, 3);
        v.check(!raw.opening.isEmpty(), stmt + "/Bal", "no opening balance (OPBD)");
        v.check(!raw.closing.isEmpty(), stmt + "/Bal", "no closing balance (CLBD)");
        BigDecimal open = raw.opening.isEmpty() ? null : signed(v, stmt + "/Bal[OPBD]", raw.opening, currency);
        BigDecimal close = raw.closing.isEmpty() ? null : signed(v, stmt + "/Bal[CLBD]", raw.closing, currency);
        LocalDate closingDate = raw.closing.isEmpty() ? null
                : date(v, stmt + "/Bal[CLBD]/Dt/Dt", raw.closing.get("Dt/Dt"), true);
        List<Map<String, String>> entries = raw.entries;
        List<ParsedStatement.Line> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size() && v.errors().size() <= 20; i++) {
            Map<String, String> e = entries.get(i);
            String at = stmt + "/Ntry[" + (i + 1) + "]";
            BigDecimal amount = signed(v, at, e, currency);
            LocalDate booked = date(v, at + "/BookgDt", first(e, "BookgDt/Dt", "BookgDt/DtTm"), true);
            LocalDate value = date(v, at + "/ValDt", first(e, "ValDt/Dt", "ValDt/DtTm"), false);
            boolean credit = "CRDT".equals(e.get("CdtDbtInd"));
            String party = credit ? first(e, "NtryDtls/TxDtls/RltdPties/Dbtr/Nm", "NtryDtls/TxDtls/RltdPties/UltmtDbtr/Nm")
                    : first(e, "NtryDtls/TxDtls/RltdPties/Cdtr/Nm", "NtryDtls/TxDtls/RltdPties/UltmtCdtr/Nm");
            String partyIban = credit ? e.get("NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN")
                    : e.get("NtryDtls/TxDtls/RltdPties/CdtrAcct/Id/IBAN");
            String text = join(first(e, "NtryDtls/TxDtls/RmtInf/Ustrd", "AddtlNtryInf"),
                    e.get("NtryDtls/TxDtls/RmtInf/Strd/CdtrRefInf/Ref"));
            String reference = first(e, "AcctSvcrRef", "NtryDtls/TxDtls/Refs/EndToEndId");
            lines.add(new ParsedStatement.Line(booked, value, amount, e.get("Amt@Ccy"), cut(text, 500),
                    cut(party, 200), partyIban, cut(reference, 100)));
        }
        v.check(!entries.isEmpty(), stmt + "/Ntry", "the statement has no entries");
        if (v.errors().size() > before) {
            return null;
        }
        LocalDate last = closingDate != null ? closingDate : lines.stream().map(ParsedStatement.Line::bookingDate)
                .max(LocalDate::compareTo).orElse(null);
        ParsedStatement parsed = new ParsedStatement(statement.get("Stmt/Id"), statement.get("Stmt/ElctrncSeqNb"),
                statement.get("Stmt/Acct/Id/IBAN"), currency, open, close, last, lines);
        String unbalanced = ParsedStatement.unbalanced(open, parsed.sum(), close, currency);
        if (unbalanced != null) {
            v.reject(stmt + "/Bal[CLBD]", unbalanced);
            return null;
        }
        return parsed;
    }

    /** An {@code Amt} with its {@code CdtDbtInd}: a debit is negative. */
    private static BigDecimal signed(Validator v, String at, Map<String, String> element, String currency) {
        String indicator = element.get("CdtDbtInd");
        if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
            v.reject(at + "/CdtDbtInd", "must be CRDT or DBIT");
            return null;
        }
        String ccy = element.get("Amt@Ccy");
        if (ccy == null) {
            v.reject(at + "/Amt", "is missing or has no Ccy");
            return null;
        }
        if (currency != null && !currency.equals(ccy)) {
            v.reject(at + "/Amt", "currency " + ccy + " differs from the account's " + currency);
        }
        BigDecimal amount = StatementCsv.decimal(v, at + "/Amt", element.get("Amt"), false, true);
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            v.reject(at + "/Amt", "must not be negative (the sign is CdtDbtInd)");
        }
        return "DBIT".equals(indicator) ? amount.negate() : amount;
    }

    private static LocalDate date(Validator v, String at, String value, boolean required) {
        if (value == null) {
            v.check(!required, at, "is missing");
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            v.reject(at, "'" + value + "' is not an ISO date");
            return null;
        }
    }

    /** The path below the root's {@code BkToCstmrStmt}, e.g. {@code Stmt/Ntry/Amt}. */
    private static String relative(Deque<String> path) {
        StringBuilder at = new StringBuilder();
        int depth = 0;
        for (String name : path) {
            if (depth++ >= 2) {
                if (at.length() > 0) {
                    at.append('/');
                }
                at.append(name);
            }
        }
        return at.toString();
    }

    /** The path inside a {@code Bal} or {@code Ntry}. */
    private static String suffix(String at) {
        int start = at.startsWith("Stmt/Ntry/") ? 10 : at.startsWith("Stmt/Bal/") ? 9 : 0;
        return at.substring(start);
    }

    private static String first(Map<String, String> e, String... keys) {
        for (String key : keys) {
            if (e.get(key) != null) {
                return e.get(key);
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null || a.contains(b) ? a : a + " " + b;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(end + 1);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
