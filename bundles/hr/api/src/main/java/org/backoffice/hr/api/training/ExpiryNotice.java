package org.backoffice.hr.api.training;

/** One CERTIFICATION_EXPIRING event sent by an expiry scan: the certification and the threshold it crossed. */
public record ExpiryNotice(Certification certification, int thresholdDays) {
}
