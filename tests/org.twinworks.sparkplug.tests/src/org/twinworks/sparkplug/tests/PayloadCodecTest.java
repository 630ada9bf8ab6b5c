// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.NodeControl;
import org.twinworks.sparkplug.PayloadCodec;
import org.twinworks.sparkplug.SparkplugFormatException;
import org.twinworks.sparkplug.SparkplugPayload;

class PayloadCodecTest {

	private static final long T = 1_765_000_000_123L;

	@Test
	void everyScalarTypeSurvivesTheRoundTrip() throws SparkplugFormatException {
		List<Metric> metrics = List.of(metric("i8", DataType.INT8, -7L), metric("i16", DataType.INT16, -30000L),
				metric("i32", DataType.INT32, Integer.MIN_VALUE + 1L), metric("i64", DataType.INT64, Long.MIN_VALUE),
				metric("u8", DataType.UINT8, 250L), metric("u16", DataType.UINT16, 65000L),
				metric("u32", DataType.UINT32, 4_000_000_000L), metric("u64", DataType.UINT64, 1L << 40),
				metric("f", DataType.FLOAT, 1.5f), metric("d", DataType.DOUBLE, -2.25e300),
				metric("b", DataType.BOOLEAN, true), metric("s", DataType.STRING, "Pumpe läuft"),
				metric("dt", DataType.DATETIME, T), metric("txt", DataType.TEXT, "long text"),
				metric("uuid", DataType.UUID, "6f1c8e1e-0000-4000-8000-000000000001"),
				metric("null", DataType.DOUBLE, null));
		SparkplugPayload decoded = roundTrip(new SparkplugPayload(T, 42, metrics));
		assertEquals(T, decoded.timestamp());
		assertEquals(42, decoded.seq());
		assertEquals(metrics, decoded.metrics());
	}

	@Test
	void bytesSurviveTheRoundTrip() throws SparkplugFormatException {
		byte[] bytes = {0, 1, (byte) 0xff};
		SparkplugPayload decoded = roundTrip(new SparkplugPayload(T, 0, List.of(metric("raw", DataType.BYTES, bytes))));
		assertArrayEquals(bytes, (byte[]) decoded.metrics().get(0).value());
	}

	@Test
	void propertiesCarryUnitRangeDescriptionQualityAndServerTimestamp() throws SparkplugFormatException {
		MetricProperties properties = new MetricProperties("m³/h", 0.0, 120.5, "Feed flow", 0x80000000L, T + 5);
		Metric birth = Metric.birth("FT-101.PV", 7, DataType.DOUBLE, T, 12.5, properties);
		Metric decoded = roundTrip(new SparkplugPayload(T, 1, List.of(birth))).metrics().get(0);
		assertEquals(birth, decoded);
		assertEquals(0x80000000L, decoded.properties().statusCodeOrGood(), "Bad survives as an unsigned UInt32");
	}

	@Test
	void dataMetricsCarryTheAliasOnlyAndNoPropertiesWhenGood() throws SparkplugFormatException {
		Metric data = Metric.data(7, DataType.DOUBLE, T, 13.0, null, null);
		Metric decoded = roundTrip(new SparkplugPayload(T, 2, List.of(data))).metrics().get(0);
		assertNull(decoded.name());
		assertEquals(7, decoded.alias());
		assertTrue(decoded.properties().isEmpty());
	}

	@Test
	void deathCarriesBdSeqAndNoSeq() throws SparkplugFormatException {
		SparkplugPayload death = roundTrip(NodeControl.death(200, T));
		assertNull(death.seq());
		assertEquals(200, NodeControl.bdSeq(death));
		assertTrue(NodeControl.isRebirthRequest(roundTrip(NodeControl.rebirthRequest(T))));
	}

	@Test
	void garbageIsRefusedWithTheTopicInTheMessage() {
		SparkplugFormatException e = assertThrows(SparkplugFormatException.class,
				() -> PayloadCodec.decode("spBv1.0/g/DDATA/n/d", new byte[]{(byte) 0xff, (byte) 0xff, 1, 2}));
		assertTrue(e.getMessage().startsWith("spBv1.0/g/DDATA/n/d"), e.getMessage());
	}

	@Test
	void aValueOfTheWrongJavaTypeIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> metric("x", DataType.DOUBLE, 1L));
	}

	private static Metric metric(String name, DataType type, Object value) {
		return Metric.birth(name, name.hashCode() & 0xffff, type, T, value, MetricProperties.NONE);
	}

	private static SparkplugPayload roundTrip(SparkplugPayload payload) throws SparkplugFormatException {
		return PayloadCodec.decode("spBv1.0/g/DBIRTH/n/d", PayloadCodec.encode(payload));
	}
}
