// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.internal;

import org.eclipse.tahu.protobuf.SparkplugBProto.Payload;
import org.twinworks.sparkplug.DataType;

/** A metric value into and out of the protobuf value fields, per the Sparkplug 3.0 type table. */
final class MetricValues {

	private MetricValues() {
	}

	static void set(Payload.Metric.Builder builder, DataType type, Object value) {
		switch (type) {
		case FLOAT -> builder.setFloatValue((Float) value);
		case DOUBLE -> builder.setDoubleValue((Double) value);
		case BOOLEAN -> builder.setBooleanValue((Boolean) value);
		case STRING, TEXT, UUID -> builder.setStringValue((String) value);
		case BYTES -> builder.setBytesValue(ProtoPayloads.bytes((byte[]) value));
		default -> {
			long number = (Long) value;
			if (type.inIntField()) {
				builder.setIntValue((int) number);
			} else {
				builder.setLongValue(number);
			}
		}
		}
	}

	/** Reads the value; lenient about which integer field a publisher used (Tahu before 3.0 used long for UInt32). */
	static Object get(Payload.Metric metric, DataType type) {
		return switch (type) {
		case FLOAT -> metric.getFloatValue();
		case DOUBLE -> metric.getDoubleValue();
		case BOOLEAN -> metric.getBooleanValue();
		case STRING, TEXT, UUID -> metric.getStringValue();
		case BYTES -> metric.getBytesValue().toByteArray();
		default -> integer(metric, type);
		};
	}

	private static Long integer(Payload.Metric metric, DataType type) {
		if (metric.hasLongValue() || !metric.hasIntValue()) {
			return metric.getLongValue();
		}
		int raw = metric.getIntValue();
		return switch (type) {
		case INT8 -> (long) (byte) raw;
		case INT16 -> (long) (short) raw;
		case INT32, INT64 -> (long) raw;
		default -> Integer.toUnsignedLong(raw);
		};
	}
}
