package org.backoffice.hr.impl.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backoffice.hr.api.training.TrainingService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the certification expiry scan once a day. What it has announced is stored (HR_CERT_EXPIRY_NOTICE), so a
 * restart, a rerun or the explicit REST scan on the same day never sends an event twice.
 */
@Component(service = CertificationExpiryJob.class, immediate = true, configurationPid = "org.backoffice.hr.training",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CertificationExpiryJob {

    private static final Logger LOG = Logger.getLogger(CertificationExpiryJob.class.getName());

    private final TrainingService training;
    private final TrainingStore store;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> daily;

    @Activate
    public CertificationExpiryJob(@Reference TrainingService training, @Reference TrainingStore store,
            ExpiryJobConfig config) {
        this.training = training;
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hr-certification-expiry");
            t.setDaemon(true);
            return t;
        });
        configure(config);
    }

    @Modified
    synchronized void configure(ExpiryJobConfig config) {
        store.thresholds(thresholds(config.thresholds()));
        if (daily != null) {
            daily.cancel(false);
            daily = null;
        }
        if (config.enabled()) {
            schedule(config.hour());
        }
    }

    private void schedule(int hour) {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.of(Math.floorMod(hour, 24), 0));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily = timer.scheduleAtFixedRate(this::run, Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int sent = training.expiryScan(LocalDate.now()).size();
            LOG.info(() -> "certification expiry scan sent " + sent + " events");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certification expiry scan failed; it runs again tomorrow", e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** Positive, distinct thresholds from {@code "60,14"}; none or a malformed one is a configuration error. */
    static List<Integer> thresholds(String days) {
        List<Integer> list;
        try {
            list = Arrays.stream(days.split("[,\\s]+")).filter(d -> !d.isBlank()).map(String::trim)
                    .map(Integer::valueOf).distinct().sorted().toList();
        } catch (NumberFormatException e) {
            list = List.of();
        }
        if (list.isEmpty() || list.get(0) < 1) {
            throw ValidationFailedException.of("thresholds", "must be one or more positive numbers of days, e.g. 60,14");
        }
        return list;
    }
}
