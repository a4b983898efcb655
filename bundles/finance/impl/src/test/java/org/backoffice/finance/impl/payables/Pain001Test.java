package org.backoffice.finance.impl.payables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The pain.001.001.03 file: validated against the German banks' SEPA variant of the schema (same namespace, a strict
 * subset of ISO 20022's, shipped in hbci4j-core, test scope) for a EUR run, and checked field by field against the
 * standard's rules for what that variant cannot take (other currencies, a creditor without IBAN).
 */
class Pain001Test {

    private static final Pain001.Debtor COMPANY = new Pain001.Debtor("Backoffice Company",
            "DE89370400440532013000", "COBADEFFXXX");
    private static final Instant CREATED = Instant.parse("2028-04-20T09:15:30.123Z");
    private static final LocalDate EXECUTION = LocalDate.of(2028, 4, 21);

    private static Pain001.Message message(String currency, Pain001.Transfer... transfers) {
        return new Pain001.Message("PAYRUN-7", CREATED, "PAYRUN-7-1", EXECUTION, currency, COMPANY,
                List.of(transfers));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String path) {
        Element current = parent;
        for (String name : path.split("/")) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current.getTextContent();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> transfers(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void aEuroRunIsValidUnderTheSepaVariantOfTheSchema() throws Exception {
        String xml = Pain001.write(message("EUR",
                new Pain001.Transfer("PAY-2028-000001", new BigDecimal("1190.00"), "Paper & Co. Ltd",
                        "DE02120300000000202051", "Bills R-1, R-2"),
                new Pain001.Transfer("PAY-2028-000002", new BigDecimal("0.5"), "Ink <GmbH>",
                        "FR1420041010050500013M02606", "Bill INK-9")));
        URL xsd = getClass().getResource("/pain.001.001.03.xsd");
        assertNotNull(xsd, "the pain.001.001.03 schema is on the test class path");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void theSchemaRefusesWhatTheStandardForbids() throws Exception {
        // the validation above can fail: a payment method other than credit transfer is caught
        String broken = Pain001.write(message("EUR", new Pain001.Transfer("PAY-2028-000001",
                new BigDecimal("10.00"), "A", "DE02120300000000202051", "x"))).replace("<PmtMtd>TRF", "<PmtMtd>CHK");
        URL xsd = getClass().getResource("/pain.001.001.03.xsd");
        assertThrows(SAXException.class, () -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd).newValidator().validate(new StreamSource(new StringReader(broken))));
    }

    @Test
    void headerPaymentInformationAndTransfersFollowTheStandard() throws Exception {
        Document doc = parse(Pain001.write(message("USD",
                new Pain001.Transfer("PAY-2028-000003", new BigDecimal("100"), "Supplier One",
                        "GB29NWBK60161331926819", "Bills A-1, A-2"),
                new Pain001.Transfer("PAY-2028-000004", new BigDecimal("0.50"), "Supplier Two", null, "B-1"),
                new Pain001.Transfer("PAY-2028-000005", new BigDecimal("20.25"), "Supplier Three", null, null))));
        Element root = doc.getDocumentElement();
        assertEquals(Pain001.NAMESPACE, root.getNamespaceURI());
        assertEquals("Document", root.getLocalName());
        Element initiation = child(root, "CstmrCdtTrfInitn");
        Element header = child(initiation, "GrpHdr");
        assertEquals("PAYRUN-7", text(header, "MsgId"));
        assertEquals("2028-04-20T09:15:30", text(header, "CreDtTm"));
        assertEquals("3", text(header, "NbOfTxs"));
        assertEquals("120.75", text(header, "CtrlSum"));
        assertEquals("Backoffice Company", text(header, "InitgPty/Nm"));
        Element info = child(initiation, "PmtInf");
        assertEquals("PAYRUN-7-1", text(info, "PmtInfId"));
        assertEquals("TRF", text(info, "PmtMtd"));
        assertEquals("3", text(info, "NbOfTxs"));
        assertEquals("120.75", text(info, "CtrlSum"));
        assertEquals("2028-04-21", text(info, "ReqdExctnDt"));
        assertEquals("Backoffice Company", text(info, "Dbtr/Nm"));
        assertEquals("DE89370400440532013000", text(info, "DbtrAcct/Id/IBAN"));
        assertEquals("COBADEFFXXX", text(info, "DbtrAgt/FinInstnId/BIC"));

        List<Element> transfers = transfers(doc);
        assertEquals(3, transfers.size());
        Element first = transfers.get(0);
        assertEquals("PAY-2028-000003", text(first, "PmtId/EndToEndId"));
        assertEquals("100.00", text(first, "Amt/InstdAmt"));
        assertEquals("USD", child(child(first, "Amt"), "InstdAmt").getAttribute("Ccy"));
        assertEquals("Supplier One", text(first, "Cdtr/Nm"));
        assertEquals("GB29NWBK60161331926819", text(first, "CdtrAcct/Id/IBAN"));
        assertEquals("Bills A-1, A-2", text(first, "RmtInf/Ustrd"));
        assertEquals("0.50", text(transfers.get(1), "Amt/InstdAmt"));
        assertEquals(null, child(transfers.get(1), "CdtrAcct"), "no IBAN known: the optional account is left out");
        assertEquals(null, child(transfers.get(2), "RmtInf"));
    }

    @Test
    void amountsCarryExactlyTheCurrencysDecimals() throws Exception {
        Document yen = parse(Pain001.write(message("JPY",
                new Pain001.Transfer("PAY-2028-000001", new BigDecimal("1235"), "A", null, "x"),
                new Pain001.Transfer("PAY-2028-000002", new BigDecimal("5.0000"), "B", null, "y"))));
        assertEquals(List.of("1235", "5"), transfers(yen).stream().map(t -> text(t, "Amt/InstdAmt")).toList());
        assertEquals("1240", yen.getElementsByTagNameNS(Pain001.NAMESPACE, "CtrlSum").item(0).getTextContent());
        Document dinar = parse(Pain001.write(message("KWD",
                new Pain001.Transfer("PAY-2028-000001", new BigDecimal("1.5"), "A", null, "x"))));
        assertEquals("1.500", text(transfers(dinar).get(0), "Amt/InstdAmt"));
    }

    @Test
    void longNamesAndRemittancesAreCutToTheSchemaLengths() throws Exception {
        String name = "N".repeat(80);
        String remittance = "R".repeat(200);
        Document doc = parse(Pain001.write(message("EUR",
                new Pain001.Transfer("PAY-2028-000001", BigDecimal.TEN, name, null, remittance))));
        Element transfer = transfers(doc).get(0);
        assertEquals(70, text(transfer, "Cdtr/Nm").length());
        assertEquals(140, text(transfer, "RmtInf/Ustrd").length());
    }

    @Test
    void aFileWithoutPaymentsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pain001.write(message("EUR")));
    }
}
