package org.backoffice.bridge.payrollfinance;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.EventSubscriber;
import org.backoffice.platform.support.event.CatchUpStart;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A posted payroll run becomes its journal entries. Exactly once: each entry is recorded with an idempotency key made
 * of the run id (and cost centre), so a delivery again (after a failure, a restart, a reinstallation) returns the entry
 * of the first one. Runs posted while finance was absent are in the event log and come when the bridge starts
 * (FROM_BEGINNING). A failure (an unmapped component, a closed period) is retried by the platform and holds back
 * later runs, with the reason on {@code backoffice:subscriptions}.
 */
@Component(service = EventSubscriber.class, configurationPid = PayrollFinanceConfig.PID)
@Designate(ocd = PayrollFinanceConfig.class)
public final class PayrollJournalPoster implements EventSubscriber {

    static final String SUBSCRIBER_ID = "org.backoffice.bridge.payrollfinance.journals";

    private static final Logger LOG = Logger.getLogger(PayrollJournalPoster.class.getName());

    private final LedgerService ledger;
    private final PayrollJournals.Accounts accounts;
    private final boolean perCostCentre;
    private final long ignoreUpTo;

    @Activate
    public PayrollJournalPoster(@Reference LedgerService ledger, @Reference EventLog events, BundleContext context,
            PayrollFinanceConfig config) throws IOException {
        this.ledger = ledger;
        this.accounts = PayrollJournals.Accounts.of(config.components(), config.netPayAccount(),
                config.contributionsPayableAccount());
        this.perCostCentre = config.journalPer() == PayrollFinanceConfig.JournalPer.COST_CENTRE;
        this.ignoreUpTo = CatchUpStart.ignoreUpTo(config.catchUp() == PayrollFinanceConfig.CatchUp.FROM_INSTALLATION,
                events, SUBSCRIBER_ID, context.getDataFile("journals-catch-up-start"));
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(PayrollModule.TOPIC_PAYROLL_POSTED);
    }

    @Override
    public void onEvent(BusinessEvent event) {
        if (event.id() <= ignoreUpTo || !PayrollModule.TOPIC_PAYROLL_POSTED.equals(event.topic())) {
            return;
        }
        for (Map.Entry<String, JournalEntryDraft> draft : PayrollJournals.drafts(event.payload(), accounts,
                perCostCentre).entrySet()) {
            JournalEntry entry = ledger.record(draft.getValue(), draft.getKey());
            LOG.info(() -> "payroll " + draft.getKey() + ": journal entry " + entry.id());
        }
    }
}
