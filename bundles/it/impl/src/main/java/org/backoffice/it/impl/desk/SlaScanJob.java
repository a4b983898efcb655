package org.backoffice.it.impl.desk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backoffice.it.api.ServiceDeskSetup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Runs the SLA scan once per {@code slaScanSeconds} (PID {@code org.backoffice.it}). */
@Component(service = SlaScanJob.class, immediate = true, configurationPid = "org.backoffice.it")
public final class SlaScanJob {

    private static final Logger LOG = Logger.getLogger(SlaScanJob.class.getName());

    private final ServiceDeskSetup setup;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> task;

    @Activate
    public SlaScanJob(@Reference ServiceDeskSetup setup, ItConfig config) {
        this.setup = setup;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "it-sla-scan");
            t.setDaemon(true);
            return t;
        });
        configure(config);
    }

    @Modified
    synchronized void configure(ItConfig config) {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        int seconds = config.slaScanSeconds();
        if (seconds > 0) {
            task = timer.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void run() {
        try {
            int sent = setup.scan();
            if (sent > 0) {
                LOG.fine(() -> "SLA scan sent " + sent + " events");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA scan failed; it runs again at the next interval", e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
