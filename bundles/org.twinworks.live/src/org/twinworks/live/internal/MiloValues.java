// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.twinworks.live.SignalValue;

/** Milo's DataValue to our Milo-free {@link SignalValue}. */
public final class MiloValues {
	/** Names looked up per value: Good nearly always, a handful of others; caching saves a lookup per value. */
	private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();
	private static final int MAX_CACHED_NAMES = 1_024;
	private static final String GOOD = statusNameUncached(0);

	private MiloValues() {
	}

	public static SignalValue toSignalValue(DataValue value) {
		long code = value.getStatusCode() == null ? 0 : value.getStatusCode().getValue();
		return new SignalValue(value.getValue() == null ? null : value.getValue().getValue(), code, statusName(code),
				instant(value.getSourceTime()), instant(value.getServerTime()));
	}

	/** A value-less {@code code} (a Bad status of ours, not the server's) with source and server time {@code at}. */
	public static SignalValue bad(long code, Instant at) {
		return new SignalValue(null, code, statusName(code), at, at);
	}

	public static String statusName(long code) {
		if (code == 0) {
			return GOOD;
		}
		String cached = NAMES.get(code);
		if (cached != null) {
			return cached;
		}
		String name = statusNameUncached(code);
		if (NAMES.size() < MAX_CACHED_NAMES) {
			NAMES.put(code, name);
		}
		return name;
	}

	private static String statusNameUncached(long code) {
		// orElseGet: String.format per value was the live pipeline's largest allocation
		return StatusCodes.lookup(code).map(names -> names[0]).orElseGet(() -> String.format("0x%08X", code));
	}

	private static Instant instant(DateTime time) {
		return time == null || time.isNull() ? null : time.getJavaInstant();
	}
}
