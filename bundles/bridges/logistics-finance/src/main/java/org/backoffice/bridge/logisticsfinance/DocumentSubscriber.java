package org.backoffice.bridge.logisticsfinance;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventSubscriber;

/**
 * A subscriber of the bridge that turns each event of one logistics topic into finance documents: its own subscriber
 * id (own position, own retries), the events up to its catch-up start ignored (support {@code CatchUpStart}), product names
 * and the tax code for the document lines.
 */
abstract class DocumentSubscriber implements EventSubscriber {

    private final String subscriberId;
    private final String topic;
    private final long ignoreUpTo;
    protected final Function<String, Optional<ProductNames.Facts>> productNames;
    protected final String taxCode;

    DocumentSubscriber(String subscriberId, String topic, Function<String, Optional<ProductNames.Facts>> productNames,
            String taxCode, long ignoreUpTo) {
        this.subscriberId = subscriberId;
        this.topic = topic;
        this.productNames = productNames;
        this.taxCode = taxCode;
        this.ignoreUpTo = ignoreUpTo;
    }

    /** Makes the event's documents, idempotently: the event may come again. */
    abstract void handle(BusinessEvent event);

    @Override
    public final String subscriberId() {
        return subscriberId;
    }

    @Override
    public final Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public final void onEvent(BusinessEvent event) {
        // with FROM_INSTALLATION, the events before the bridge's first start are not its business
        if (event.id() > ignoreUpTo && topic.equals(event.topic())) {
            handle(event);
        }
    }
}
