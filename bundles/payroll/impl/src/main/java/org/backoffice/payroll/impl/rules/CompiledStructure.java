package org.backoffice.payroll.impl.rules;

import java.util.List;

import org.backoffice.payroll.api.rules.PayStructure;

/**
 * A structure ready to run: {@code order} lists component codes and the totals {@code GROSS} and {@code TAXABLE} so
 * that each comes after everything it reads.
 */
public record CompiledStructure(PayStructure source, List<CompiledComponent> components, List<String> order) {

    public CompiledComponent component(String code) {
        for (CompiledComponent component : components) {
            if (component.code().equals(code)) {
                return component;
            }
        }
        return null;
    }
}
