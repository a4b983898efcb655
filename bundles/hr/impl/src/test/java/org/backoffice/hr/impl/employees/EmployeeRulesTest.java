package org.backoffice.hr.impl.employees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.hr.api.employees.Contract;
import org.backoffice.hr.api.employees.ContractType;
import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.PayFrequency;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class EmployeeRulesTest {

    private static Contract contract(ContractType type, LocalDate end, String pay) {
        return new Contract(null, null, type, LocalDate.of(2026, 1, 1), end, null, null, null, null,
                pay == null ? null : new BigDecimal(pay), pay == null ? null : "EUR",
                pay == null ? null : PayFrequency.MONTHLY, null);
    }

    private static List<String> fields(Runnable check) {
        return assertThrows(ValidationFailedException.class, check::run).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void fixedTermNeedsAnEnd() {
        assertEquals(List.of("end"), fields(() -> EmployeeRules.contract(contract(ContractType.FIXED_TERM, null,
                null))));
        EmployeeRules.contract(contract(ContractType.FIXED_TERM, LocalDate.of(2026, 12, 31), null));
        EmployeeRules.contract(contract(ContractType.PERMANENT, null, "4000.50"));
    }

    @Test
    void payIsNeitherNegativeNorOverPrecise() {
        assertEquals(List.of("payAmount"), fields(() -> EmployeeRules.contract(contract(ContractType.PERMANENT,
                null, "-1"))));
        assertEquals(List.of("payAmount"), fields(() -> EmployeeRules.contract(contract(ContractType.PERMANENT,
                null, "10.001"))));
    }

    @Test
    void employeeNeedsNamesAndHireDateAndAValidIban() {
        Employee e = new Employee(null, " ", null, null, "not-mail", null, null, null, null, "DE00", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<String> fields = EmployeeRules.employee(e, true).errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("givenName", "familyName", "workEmail", "iban", "hireDate")),
                fields.toString());
    }

    @Test
    void csvQuotesAndScriptsRoundTrip() {
        Employee e = new Employee("E-1", "فاطمة", "الزهراء, \"د\"", null, null, null, null, null, null, null, null,
                null, LocalDate.of(2024, 1, 1), null, null, null, null, null, null, null, null, null, null, null,
                null);
        String csv = EmployeeCsvFormat.format(List.of(e));
        Employee back = EmployeeCsvFormat.parse(csv).get(0);
        assertEquals("الزهراء, \"د\"", back.familyName());
        assertEquals("فاطمة", back.givenName());
        assertEquals(LocalDate.of(2024, 1, 1), back.hireDate());
    }

    @Test
    void csvErrorsNameTheRow() {
        List<String> fields = fields(() -> EmployeeCsvFormat.parse("givenName,familyName,hireDate\nA,B,2024-01-01\n"
                + "C,D,yesterday\n"));
        assertEquals(List.of("row 2.hireDate"), fields);
        assertEquals(List.of("header.salary"), fields(() -> EmployeeCsvFormat.parse("givenName,salary\nA,1\n")));
    }
}
