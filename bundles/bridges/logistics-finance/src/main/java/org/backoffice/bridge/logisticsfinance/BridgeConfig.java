package org.backoffice.bridge.logisticsfinance;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Backoffice bridge logistics-finance",
        description = "Customer invoices for dispatched shipments, supplier bills for received goods")
@interface BridgeConfig {

    String PID = "org.backoffice.bridge.logisticsfinance";

    /** What becomes of the invoice of a shipment. */
    enum InvoiceMode {
        /** Saved as a draft for someone to check and post. */
        DRAFT,
        /** Numbered and posted to the ledger right away. */
        POSTED
    }

    /** Where the bridge starts reading the event log the first time it runs. */
    enum CatchUp {
        /** Every shipment and receipt in the log, also those from before finance was installed. */
        FROM_BEGINNING,
        /** Only what happens after the bridge's first start. */
        FROM_INSTALLATION
    }

    @AttributeDefinition(description = "DRAFT: invoices wait for someone to post them; POSTED: posted right away")
    InvoiceMode invoiceMode() default InvoiceMode.POSTED;

    @AttributeDefinition(description = "Tax code of every invoice line")
    String taxCode() default "STD";

    @AttributeDefinition(description = "FROM_BEGINNING: invoice every shipment in the event log, also those dispatched"
            + " before finance was installed; FROM_INSTALLATION: only those dispatched after the bridge first started")
    CatchUp catchUp() default CatchUp.FROM_BEGINNING;
}
