package org.backoffice.finance.impl.payables;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.backoffice.platform.api.Money;

/**
 * An ISO 20022 customer credit transfer initiation, {@code pain.001.001.03}: one group header, one payment
 * information block (method TRF) for the debtor's account, one credit transfer per payment. Amounts carry exactly
 * the currency's decimals; the control sums are the sums of those amounts. Element order and lengths follow the
 * schema (names cut to 70, unstructured remittance to 140 characters); the German banks' SEPA variant of the schema
 * accepts it too when the currency is EUR and every creditor has an IBAN.
 */
final class Pain001 {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    /** Who pays: the company, from configuration. */
    record Debtor(String name, String iban, String bic) {
    }

    /** One payment; {@code creditorIban} {@code null} leaves the creditor account out (the schema allows it). */
    record Transfer(String endToEndId, BigDecimal amount, String creditorName, String creditorIban,
            String remittance) {
    }

    /** A whole file: ids are at most 35 characters. */
    record Message(String messageId, Instant createdAt, String paymentInfoId, LocalDate executionDate,
            String currency, Debtor debtor, List<Transfer> transfers) {
    }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Pain001() {
    }

    static String write(Message message) {
        if (message.transfers().isEmpty()) {
            throw new IllegalArgumentException("a credit transfer needs at least one payment");
        }
        int digits = Money.minorDigits(message.currency());
        BigDecimal sum = message.transfers().stream().map(t -> t.amount().setScale(digits))
                .reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::add);
        String count = Integer.toString(message.transfers().size());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            element(xml, "MsgId", message.messageId());
            element(xml, "CreDtTm", CREATED.format(message.createdAt().truncatedTo(ChronoUnit.SECONDS)
                    .atOffset(ZoneOffset.UTC)));
            element(xml, "NbOfTxs", count);
            element(xml, "CtrlSum", sum.toPlainString());
            xml.writeStartElement("InitgPty");
            element(xml, "Nm", cut(message.debtor().name(), 70));
            xml.writeEndElement();
            xml.writeEndElement(); // GrpHdr
            xml.writeStartElement("PmtInf");
            element(xml, "PmtInfId", message.paymentInfoId());
            element(xml, "PmtMtd", "TRF");
            element(xml, "NbOfTxs", count);
            element(xml, "CtrlSum", sum.toPlainString());
            element(xml, "ReqdExctnDt", message.executionDate().toString());
            xml.writeStartElement("Dbtr");
            element(xml, "Nm", cut(message.debtor().name(), 70));
            xml.writeEndElement();
            account(xml, "DbtrAcct", message.debtor().iban());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            element(xml, "BIC", message.debtor().bic());
            xml.writeEndElement();
            xml.writeEndElement();
            for (Transfer transfer : message.transfers()) {
                transfer(xml, transfer, message.currency(), digits);
            }
            xml.writeEndElement(); // PmtInf
            xml.writeEndElement(); // CstmrCdtTrfInitn
            xml.writeEndElement(); // Document
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write pain.001", e);
        }
        return text.toString();
    }

    private static void transfer(XMLStreamWriter xml, Transfer transfer, String currency, int digits)
            throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        element(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", currency);
        xml.writeCharacters(transfer.amount().setScale(digits).toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        element(xml, "Nm", cut(transfer.creditorName(), 70));
        xml.writeEndElement();
        if (transfer.creditorIban() != null) {
            account(xml, "CdtrAcct", transfer.creditorIban());
        }
        if (transfer.remittance() != null && !transfer.remittance().isBlank()) {
            xml.writeStartElement("RmtInf");
            element(xml, "Ustrd", cut(transfer.remittance(), 140));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("Id");
        element(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String cut(String text, int length) {
        String trimmed = text.strip();
        return trimmed.length() <= length ? trimmed : trimmed.substring(0, length);
    }
}
