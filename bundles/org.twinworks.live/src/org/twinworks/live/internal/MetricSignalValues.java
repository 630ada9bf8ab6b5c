// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.time.Instant;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;
import org.twinworks.model.SignalDataType;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.ScalarType;

/**
 * Sparkplug metrics to {@link SignalValue}s as an OPC UA read of the same node gives them: the Java type Milo uses
 * for the signal's data type (UInteger for UInt32, DateTime for DateTime, ...), the StatusCode property as the
 * quality, the metric's timestamp as the source time and the serverTimestamp property as the server time; and our
 * values back to metrics for a DCMD.
 */
public final class MetricSignalValues {

	/** What a signal shows while its edge node is dead or the broker is gone. */
	public static final long NO_COMMUNICATION = StatusCodes.Bad_NoCommunication;

	private MetricSignalValues() {
	}

	/** The metric as a signal value; {@code type} is the bound signal's data type, null when unbound. */
	public static SignalValue toSignalValue(Metric metric, @Nullable SignalDataType type) {
		long code = metric.properties().statusCodeOrGood();
		Long server = metric.properties().serverTimestamp();
		return new SignalValue(value(metric.value(), metric.type(), type), code, MiloValues.statusName(code),
				Instant.ofEpochMilli(metric.timestamp()), server == null ? null : Instant.ofEpochMilli(server));
	}

	/** The last value kept, Bad_NoCommunication since {@code at}. */
	public static SignalValue noCommunication(@Nullable SignalValue last, Instant at) {
		return new SignalValue(last == null ? null : last.value(), NO_COMMUNICATION,
				MiloValues.statusName(NO_COMMUNICATION), at, at);
	}

	/** The Sparkplug type a signal of {@code type} travels as (as the gateway publishes it). */
	public static DataType wireType(SignalDataType type) {
		return ScalarType.named(type.name()).wireType();
	}

	/** A DCMD metric writing {@code value} to {@code name}; throws IllegalArgumentException when it does not fit. */
	public static Metric command(String name, SignalDataType type, Object value, long timestamp) {
		DataType wire = wireType(type);
		MiloWrites.convert(type, value); // throws when the value does not fit the signal
		return Metric.birth(name, Metric.NO_ALIAS, wire, timestamp, wire.wireValue(value), MetricProperties.NONE);
	}

	private static @Nullable Object value(@Nullable Object wire, DataType wireType, @Nullable SignalDataType type) {
		if (wire == null) {
			return null;
		}
		if (type == null) {
			return wireType == DataType.DATETIME ? new DateTime(Instant.ofEpochMilli((Long) wire)) : wire;
		}
		if (type == SignalDataType.DATE_TIME) {
			return wire instanceof Long millis ? new DateTime(Instant.ofEpochMilli(millis)) : null;
		}
		try {
			return MiloWrites.convert(type, wire);
		} catch (IllegalArgumentException e) {
			// the edge node published a type the signal does not have: shown as no value, the status tells
			return null;
		}
	}
}
