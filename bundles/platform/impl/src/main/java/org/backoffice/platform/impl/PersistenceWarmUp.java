package org.backoffice.platform.impl;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Opens one transaction on every module's persistence unit as soon as it is registered, in the background, so
 * EclipseLink connects and creates or extends the module's tables then rather than during the module's first request.
 * EclipseLink's own deploy-on-startup would do this inside Aries' DataSource tracker, where a database that is down at
 * that moment leaves the unit unusable until a restart; here a failure only means the first request pays instead.
 */
@Component(immediate = true)
public final class PersistenceWarmUp {

    private static final Logger LOG = Logger.getLogger(PersistenceWarmUp.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "backoffice-persistence-warm-up");
        thread.setDaemon(true);
        return thread;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(JpaTemplate unit) {
        worker.execute(() -> {
            try {
                unit.tx(TransactionType.Required, em -> em.getMetamodel());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "persistence unit warm-up failed; its first request will set it up", e);
            }
        });
    }

    void removeUnit(JpaTemplate unit) {
        // nothing to undo
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }
}
