package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.backoffice.finance.api.document.TaxCodeService;
import org.junit.jupiter.api.Test;

class DefaultTaxCodesTest {

    @Test
    void listsTheTaxCodesOnlyBeforeTheFirstDocument() {
        AtomicInteger lists = new AtomicInteger();
        TaxCodeService service = (TaxCodeService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TaxCodeService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("list")) {
                        lists.incrementAndGet();
                        return List.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        DefaultTaxCodes taxCodes = new DefaultTaxCodes(service);
        taxCodes.ensure();
        taxCodes.ensure();
        assertEquals(1, lists.get());
    }
}
