// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.time.Instant;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.twinworks.live.SignalValue;

/** Milo's DataValue to our Milo-free {@link SignalValue}. */
public final class MiloValues {

	private MiloValues() {
	}

	public static SignalValue toSignalValue(DataValue value) {
		long code = value.getStatusCode() == null ? 0 : value.getStatusCode().getValue();
		return new SignalValue(value.getValue() == null ? null : value.getValue().getValue(), code, statusName(code),
				instant(value.getSourceTime()), instant(value.getServerTime()));
	}

	public static String statusName(long code) {
		return StatusCodes.lookup(code).map(names -> names[0]).orElse(String.format("0x%08X", code));
	}

	private static Instant instant(DateTime time) {
		return time == null || time.isNull() ? null : time.getJavaInstant();
	}
}
