// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * Writes to the plant only under guard: an armed {@link WriteArming}, a READ_WRITE signal and, for numbers, a
 * value inside the signal's engineering range. The value is written to the bound node and read back; every
 * attempt, refused ones included, goes to the {@link AuditLog} before this returns. For a Sparkplug B source the
 * write is a DCMD to the edge node, read back from the next value the node publishes.
 */
public final class GuardedWriter {
	private static final double READ_BACK_TOLERANCE = 1e-6;

	private final LiveSource session;
	private final WriteArming arming;
	private final AuditLog audit;
	private final Clock clock;
	private final String user;

	public GuardedWriter(LiveSource session, WriteArming arming, AuditLog audit) {
		this(session, arming, audit, Clock.systemUTC());
	}

	public GuardedWriter(LiveSource session, WriteArming arming, AuditLog audit, Clock clock) {
		this(session, arming, audit, clock, System.getProperty("user.name"));
	}

	/** Audits the writes as {@code user}'s (e.g. a gateway writing for a Sparkplug host, not for the local user). */
	public GuardedWriter(LiveSource session, WriteArming arming, AuditLog audit, Clock clock, String user) {
		this.session = Objects.requireNonNull(session);
		this.arming = Objects.requireNonNull(arming);
		this.audit = Objects.requireNonNull(audit);
		this.clock = clock;
		this.user = user;
	}

	/**
	 * @throws IOException when the attempt cannot be audited; the outcome is then unknown to the trail, so the
	 *         caller must treat it as an error
	 */
	public WriteResult write(Binding binding, Object value) throws IOException {
		Signal signal = binding.getSignal();
		String refusal = refusal(signal, value);
		if (refusal != null) {
			return audited(binding, null, value, new WriteResult(WriteOutcome.REFUSED, refusal, null));
		}
		Object old;
		try {
			old = session.read(binding.getNodeId()).value();
		} catch (LiveConnectionException e) {
			return audited(binding, null, value,
					new WriteResult(WriteOutcome.FAILED, "read before write: " + e.getMessage(), null));
		}
		try {
			session.write(binding.getNodeId(), signal.getDataType(), value);
		} catch (LiveConnectionException e) {
			return audited(binding, old, value, new WriteResult(WriteOutcome.FAILED, e.getMessage(), null));
		} catch (IllegalArgumentException e) {
			return audited(binding, old, value, new WriteResult(WriteOutcome.REFUSED, e.getMessage(), null));
		}
		WriteResult result;
		try {
			SignalValue back = session.read(binding.getNodeId());
			result = sameValue(value, back.value())
					? new WriteResult(WriteOutcome.OK, back.status(), back.value())
					: new WriteResult(WriteOutcome.FAILED, "read back " + back.value() + " (" + back.status() + ")",
							back.value());
		} catch (LiveConnectionException e) {
			result = new WriteResult(WriteOutcome.FAILED, "read back: " + e.getMessage(), null);
		}
		return audited(binding, old, value, result);
	}

	private String refusal(Signal signal, Object value) {
		if (!arming.isArmed()) {
			return arming.hasExpired() ? "the write session expired" : "writing is not armed";
		}
		if (signal == null) {
			return "the binding has no signal";
		}
		if (signal.getAccess() != Access.READ_WRITE) {
			return signal.getTag() + " is read-only";
		}
		if (isNumeric(signal.getDataType())) {
			if (!(value instanceof Number number)) {
				return signal.getTag() + " takes a number, not " + value;
			}
			double v = number.doubleValue();
			Double low = signal.getRangeLow();
			Double high = signal.getRangeHigh();
			if (Double.isNaN(v) || low != null && v < low || high != null && v > high) {
				return v + " is outside the range of " + signal.getTag() + " [" + low + ", " + high + "]";
			}
		}
		return null;
	}

	private WriteResult audited(Binding binding, Object old, Object value, WriteResult result) throws IOException {
		Signal signal = binding.getSignal();
		audit.append(new AuditRecord(clock.instant(), user, session.endpointUrl(), binding.getNodeId(),
				signal == null ? null : signal.getTag(), old, value, result.outcome(), result.detail()));
		return result;
	}

	private static boolean isNumeric(SignalDataType type) {
		return switch (type) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	// a Float node gives back the nearest float, not the double that was written
	private static boolean sameValue(Object written, Object read) {
		if (written instanceof Number w && read instanceof Number r) {
			double a = w.doubleValue();
			double b = r.doubleValue();
			return Math.abs(a - b) <= READ_BACK_TOLERANCE * Math.max(1, Math.abs(a));
		}
		return Objects.equals(written, read);
	}
}
