package org.backoffice.it.api.assets;

import java.time.Instant;

/** A seat of a licence held by a person or a device, from {@code from} until {@code to} ({@code null}: still held). */
public record SeatAssignment(String licence, int seat, String assignee, Instant from, Instant to, boolean overUse) {
}
