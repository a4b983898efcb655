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
 * external entities). One {@code Stmt} per file. Problems name the element, e.g. {@code Stmt/Ntry[3]/Amt}.
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

    static ParsedStatement parse(String xml) {
        Map<String, String> statement = new HashMap<>();
        Map<String, String> opening = new HashMap<>();
        Map<String, String> closing = new HashMap<>();
        List<Map<String, String>> entries = new ArrayList<>();
        int statements = 0;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml == null ? "" : xml));
            Deque<String> path = new ArrayDeque<>();
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
                        statements++;
                    } else if (at.equals("Stmt/Bal")) {
                        balance = new HashMap<>();
                    } else if (at.equals("Stmt/Ntry")) {
                        entry = new HashMap<>();
                        if (entries.size() >= MAX_ENTRIES) {
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
                    if (at.equals("Stmt/Bal")) {
                        String code = balance.get("Tp/CdOrPrtry/Cd");
                        if ("OPBD".equals(code) || "PRCD".equals(code)) {
                            opening.putAll(balance);
                        } else if ("CLBD".equals(code)) {
                            closing.putAll(balance);
                        }
                        balance = null;
                    } else if (at.equals("Stmt/Ntry")) {
                        entries.add(entry);
                        entry = null;
                    } else if (!value.isEmpty()) {
                        if (entry != null) {
                            entry.putIfAbsent(suffix(at), value);
                        } else if (balance != null) {
                            balance.putIfAbsent(suffix(at), value);
                        } else if (statements == 1 && at.startsWith("Stmt/")) {
                            statement.putIfAbsent(at, value);
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
        return build(statements, statement, opening, closing, entries);
    }

    private static ParsedStatement build(int statements, Map<String, String> statement, Map<String, String> opening,
            Map<String, String> closing, List<Map<String, String>> entries) {
        Validator v = new Validator();
        if (statements != 1) {
            throw ValidationFailedException.of("BkToCstmrStmt/Stmt", "expected exactly one statement, found "
                    + statements);
        }
        v.requiredText("Stmt/Id", statement.get("Stmt/Id"), 35);
        v.optionalText("Stmt/ElctrncSeqNb", statement.get("Stmt/ElctrncSeqNb"), 18);
        v.requiredText("Stmt/Acct/Id/IBAN", statement.get("Stmt/Acct/Id/IBAN"), 34);
        String currency = statement.get("Stmt/Acct/Ccy");
        v.requiredText("Stmt/Acct/Ccy", currency, 3);
        v.check(!opening.isEmpty(), "Stmt/Bal", "no opening balance (OPBD)");
        v.check(!closing.isEmpty(), "Stmt/Bal", "no closing balance (CLBD)");
        BigDecimal open = opening.isEmpty() ? null : signed(v, "Stmt/Bal[OPBD]", opening, currency);
        BigDecimal close = closing.isEmpty() ? null : signed(v, "Stmt/Bal[CLBD]", closing, currency);
        LocalDate closingDate = closing.isEmpty() ? null : date(v, "Stmt/Bal[CLBD]/Dt/Dt", closing.get("Dt/Dt"), true);
        List<ParsedStatement.Line> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size() && v.errors().size() <= 20; i++) {
            Map<String, String> e = entries.get(i);
            String at = "Stmt/Ntry[" + (i + 1) + "]";
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
        v.check(!entries.isEmpty(), "Stmt/Ntry", "the statement has no entries");
        v.throwIfInvalid();
        LocalDate last = closingDate != null ? closingDate : lines.stream().map(ParsedStatement.Line::bookingDate)
                .max(LocalDate::compareTo).orElse(null);
        return new ParsedStatement(statement.get("Stmt/Id"), statement.get("Stmt/ElctrncSeqNb"),
                statement.get("Stmt/Acct/Id/IBAN"), currency, open, close, last, lines);
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
