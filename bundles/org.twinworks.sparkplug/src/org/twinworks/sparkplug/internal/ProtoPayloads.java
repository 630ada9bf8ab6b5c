// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.tahu.protobuf.SparkplugBProto.Payload;
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.PropertySet;
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.SparkplugFormatException;
import org.twinworks.sparkplug.SparkplugPayload;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/** Our payload records to and from Tahu's generated protobuf messages (only these classes of Tahu are used). */
public final class ProtoPayloads {

	private ProtoPayloads() {
	}

	public static Payload toProto(SparkplugPayload payload) {
		Payload.Builder builder = Payload.newBuilder().setTimestamp(payload.timestamp());
		if (payload.seq() != null) {
			builder.setSeq(payload.seq());
		}
		for (Metric metric : payload.metrics()) {
			builder.addMetrics(toProto(metric));
		}
		return builder.build();
	}

	private static Payload.Metric toProto(Metric metric) {
		Payload.Metric.Builder builder = Payload.Metric.newBuilder().setTimestamp(metric.timestamp())
				.setDatatype(metric.type().code());
		if (metric.name() != null) {
			builder.setName(metric.name());
		}
		if (metric.hasAlias()) {
			builder.setAlias(metric.alias());
		}
		Object value = metric.value();
		if (value == null) {
			builder.setIsNull(true);
		} else {
			MetricValues.set(builder, metric.type(), value);
		}
		if (!metric.properties().isEmpty()) {
			builder.setProperties(toProto(metric.properties()));
		}
		return builder.build();
	}

	private static PropertySet toProto(MetricProperties properties) {
		PropertySet.Builder set = PropertySet.newBuilder();
		if (properties.unit() != null) {
			set.addKeys(MetricProperties.UNIT).addValues(string(properties.unit()));
		}
		if (properties.low() != null) {
			set.addKeys(MetricProperties.LOW).addValues(
					PropertyValue.newBuilder().setType(DataType.DOUBLE.code()).setDoubleValue(properties.low()));
		}
		if (properties.high() != null) {
			set.addKeys(MetricProperties.HIGH).addValues(
					PropertyValue.newBuilder().setType(DataType.DOUBLE.code()).setDoubleValue(properties.high()));
		}
		if (properties.description() != null) {
			set.addKeys(MetricProperties.DESCRIPTION).addValues(string(properties.description()));
		}
		if (properties.statusCode() != null) {
			set.addKeys(MetricProperties.STATUS_CODE).addValues(PropertyValue.newBuilder()
					.setType(DataType.UINT32.code()).setIntValue((int) properties.statusCode().longValue()));
		}
		if (properties.serverTimestamp() != null) {
			set.addKeys(MetricProperties.SERVER_TIMESTAMP).addValues(PropertyValue.newBuilder()
					.setType(DataType.DATETIME.code()).setLongValue(properties.serverTimestamp()));
		}
		return set.build();
	}

	private static PropertyValue.Builder string(String text) {
		return PropertyValue.newBuilder().setType(DataType.STRING.code()).setStringValue(text);
	}

	public static SparkplugPayload fromProto(String topic, byte[] bytes) throws SparkplugFormatException {
		Payload payload;
		try {
			payload = Payload.parseFrom(bytes);
		} catch (InvalidProtocolBufferException e) {
			throw new SparkplugFormatException(
					topic + ": not a Sparkplug B payload (" + bytes.length + " bytes): " + e.getMessage(), e);
		}
		if (payload.hasSeq() && (payload.getSeq() < 0 || payload.getSeq() > 255)) {
			throw new SparkplugFormatException(topic + ": seq " + payload.getSeq() + " outside 0..255");
		}
		List<Metric> metrics = new ArrayList<>(payload.getMetricsCount());
		for (int i = 0; i < payload.getMetricsCount(); i++) {
			Payload.Metric metric = payload.getMetrics(i);
			try {
				metrics.add(fromProto(metric));
			} catch (IllegalArgumentException e) {
				throw new SparkplugFormatException(topic + ": metric " + i
						+ (metric.hasName() ? " '" + metric.getName() + "'" : " (alias " + metric.getAlias() + ")")
						+ ": " + e.getMessage(), e);
			}
		}
		return new SparkplugPayload(payload.getTimestamp(), payload.hasSeq() ? (int) payload.getSeq() : null, metrics);
	}

	private static Metric fromProto(Payload.Metric metric) {
		if (!metric.hasDatatype()) {
			throw new IllegalArgumentException("no datatype");
		}
		DataType type = DataType.ofCode(metric.getDatatype());
		Object value = metric.getIsNull() ? null : MetricValues.get(metric, type);
		return new Metric(metric.hasName() ? metric.getName() : null,
				metric.hasAlias() ? metric.getAlias() : Metric.NO_ALIAS, type, metric.getTimestamp(), value,
				metric.hasProperties() ? fromProto(metric.getProperties()) : MetricProperties.NONE);
	}

	private static MetricProperties fromProto(PropertySet set) {
		String unit = null;
		String description = null;
		Double low = null;
		Double high = null;
		Long statusCode = null;
		Long serverTimestamp = null;
		for (int i = 0; i < Math.min(set.getKeysCount(), set.getValuesCount()); i++) {
			PropertyValue value = set.getValues(i);
			if (value.getIsNull()) {
				continue;
			}
			switch (set.getKeys(i)) {
			case MetricProperties.UNIT -> unit = value.getStringValue();
			case MetricProperties.DESCRIPTION -> description = value.getStringValue();
			case MetricProperties.LOW -> low = number(value);
			case MetricProperties.HIGH -> high = number(value);
			case MetricProperties.STATUS_CODE ->
				statusCode = value.hasIntValue() ? Integer.toUnsignedLong(value.getIntValue()) : value.getLongValue();
			case MetricProperties.SERVER_TIMESTAMP -> serverTimestamp = value.getLongValue();
			default -> {
				// other publishers' properties: not ours to interpret
			}
			}
		}
		return new MetricProperties(unit, low, high, description, statusCode, serverTimestamp);
	}

	private static @Nullable Double number(PropertyValue value) {
		if (value.hasDoubleValue()) {
			return value.getDoubleValue();
		}
		if (value.hasFloatValue()) {
			return (double) value.getFloatValue();
		}
		if (value.hasLongValue()) {
			return (double) value.getLongValue();
		}
		return value.hasIntValue() ? (double) value.getIntValue() : null;
	}

	static ByteString bytes(byte[] value) {
		return ByteString.copyFrom(value);
	}
}
