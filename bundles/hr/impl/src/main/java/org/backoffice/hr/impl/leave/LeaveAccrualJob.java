package org.backoffice.hr.impl.leave;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backoffice.hr.api.leave.AccrualRun;
import org.backoffice.hr.api.leave.LeaveService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the accrual job daily (credits due up to today; idempotent, so a missed day is caught up by the next run). The
 * explicit run is {@code POST /api/hr/leave-accruals/run} and {@code hr:leave-accrue}; all go to
 * {@link LeaveService#runAccruals}.
 */
@Component(service = LeaveAccrualJob.class, immediate = true)
public final class LeaveAccrualJob {

    private static final Logger LOG = Logger.getLogger(LeaveAccrualJob.class.getName());

    /** Late enough not to slow the start-up; every 24 hours after. */
    private static final long FIRST_RUN_MINUTES = 5;

    private final ScheduledExecutorService scheduler;

    @Activate
    public LeaveAccrualJob(@Reference LeaveService leave) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hr-leave-accruals"));
            scheduler.scheduleAtFixedRate(() -> {
                try {
                    AccrualRun run = leave.runAccruals(LocalDate.now());
                    LOG.info(() -> "Leave accruals through " + run.through() + ": " + run.credited()
                            + " credited in " + run.millis() + " ms");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Leave accrual run failed; the next run catches up", e);
                }
        }, FIRST_RUN_MINUTES, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}
