package org.backoffice.logistics.impl.purchasing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Purchasing's configuration. It keeps the module PID {@code org.backoffice.logistics} (and its key) so existing
 * {@code etc/org.backoffice.logistics.cfg} files keep working; that PID is described here only, because the MetaType
 * service takes one definition per PID per bundle. A subdomain that needs settings of its own gets its own
 * definition under {@code org.backoffice.logistics.<subdomain>}.
 */
@ObjectClassDefinition(name = "Backoffice logistics: purchasing", description = "Purchasing and goods receipt settings")
@interface PurchasingConfig {

    String PID = "org.backoffice.logistics";

    @AttributeDefinition(description = "How many percent more than ordered a purchase order line may receive in "
            + "total, as a decimal between 0 and 100 (0: never more than ordered)")
    String overReceiptTolerancePercent() default "0";
}
