package org.backoffice.it.impl.assets;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backoffice.it.api.assets.AssetService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the warranty and licence expiry scan once a day at 06:00 server time, and once right after activation (so
 * items already overdue when it first runs are announced). What was announced is stored, so nothing is sent twice.
 */
@Component(service = ExpiryJob.class, immediate = true)
public final class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    private final AssetService assets;
    private final ScheduledExecutorService timer;

    @Activate
    public ExpiryJob(@Reference AssetService assets) {
        this.assets = assets;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "it-expiry");
            t.setDaemon(true);
            return t;
        });
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.of(6, 0));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer.schedule(this::run, 30, TimeUnit.SECONDS);
        timer.scheduleAtFixedRate(this::run, Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int sent = assets.expiryScan(LocalDate.now()).size();
            LOG.fine(() -> "expiry scan sent " + sent + " events");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "expiry scan failed; it runs again tomorrow", e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
