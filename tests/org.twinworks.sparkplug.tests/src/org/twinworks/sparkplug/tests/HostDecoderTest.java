// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.HostDecoder;
import org.twinworks.sparkplug.MessageType;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.NodeControl;
import org.twinworks.sparkplug.PayloadCodec;
import org.twinworks.sparkplug.SparkplugPayload;
import org.twinworks.sparkplug.SparkplugTopic;

/** The host side without a broker: messages fed in order, as a subscription delivers them. */
class HostDecoderTest {

	private static final EdgeNodeId NODE = new EdgeNodeId("plant", "gw");
	private static final DeviceId PUMP = NODE.device("P-101");

	private final RecordingHostListener events = new RecordingHostListener();
	private final HostDecoder decoder = new HostDecoder(events);

	@Test
	void dataByAliasGetsTheNameFromTheBirth() {
		born(7);
		feed(SparkplugTopic.device(PUMP, MessageType.DDATA), 2, Metric.data(1, DataType.DOUBLE, 5, 3.5, null, null));
		List<Metric> data = last("DDATA").metrics();
		assertEquals("P-101.Speed", data.get(0).name());
		assertEquals(3.5, data.get(0).value());
		assertEquals(0, decoder.lostMessages());
		assertFalse(decoder.isStale(PUMP));
	}

	@Test
	void aSeqGapIsCountedAndAsksForARebirth() {
		born(7);
		feed(SparkplugTopic.device(PUMP, MessageType.DDATA), 5, Metric.data(1, DataType.DOUBLE, 5, 1.0, null, null));
		assertEquals(3, decoder.lostMessages(), "seq 2, 3 and 4 are missing");
		assertEquals(1, decoder.gaps());
		assertEquals(1, events.count("REBIRTH-NEEDED"));
	}

	@Test
	void seqWrapsAfter255WithoutCountingALoss() {
		born(7);
		for (int i = 2; i < 600; i++) {
			feed(SparkplugTopic.device(PUMP, MessageType.DDATA), i & 0xff,
					Metric.data(1, DataType.DOUBLE, i, (double) i, null, null));
		}
		assertEquals(0, decoder.lostMessages());
		assertEquals(598, events.count("DDATA"));
	}

	@Test
	void deathWithTheBirthsBdSeqMakesTheDevicesStaleAndAnOlderWillDoesNot() {
		born(7);
		feedDeath(6);
		assertFalse(decoder.isStale(PUMP), "a will of an older session must not kill the current one");
		feedDeath(7);
		assertTrue(decoder.isStale(PUMP));
		assertEquals(1, events.count("NDEATH"));
		born(8);
		assertFalse(decoder.isStale(PUMP), "a new birth recovers the device");
	}

	@Test
	void dataFromANodeWithoutBirthAsksForARebirthAndIsNotDelivered() {
		feed(SparkplugTopic.device(PUMP, MessageType.DDATA), 9, Metric.data(1, DataType.DOUBLE, 5, 1.0, null, null));
		assertEquals(0, events.count("DDATA"));
		assertEquals(1, events.count("REBIRTH-NEEDED"));
		assertTrue(decoder.isStale(PUMP));
	}

	@Test
	void aBrokenPayloadIsReportedWithItsTopic() {
		decoder.accept("spBv1.0/plant/DDATA/gw/P-101", new byte[]{(byte) 0xff, 0x01});
		assertTrue(events.events().get(0).kind().contains("spBv1.0/plant/DDATA/gw/P-101"));
	}

	private void born(int bdSeq) {
		feed(SparkplugTopic.node(NODE, MessageType.NBIRTH), 0, Metric.birth(NodeControl.BD_SEQ, Metric.NO_ALIAS,
				DataType.INT64, 1, (long) bdSeq, MetricProperties.NONE));
		feed(SparkplugTopic.device(PUMP, MessageType.DBIRTH), 1,
				Metric.birth("P-101.Speed", 1, DataType.DOUBLE, 1, 0.0, MetricProperties.NONE));
	}

	private void feedDeath(int bdSeq) {
		decoder.accept(SparkplugTopic.node(NODE, MessageType.NDEATH).text(),
				PayloadCodec.encode(NodeControl.death(bdSeq, 10)));
	}

	private void feed(SparkplugTopic topic, int seq, Metric metric) {
		decoder.accept(topic.text(), PayloadCodec.encode(new SparkplugPayload(1, seq, List.of(metric))));
	}

	private RecordingHostListener.Event last(String kind) {
		List<RecordingHostListener.Event> all = events.events().stream().filter(e -> e.kind().equals(kind)).toList();
		return all.get(all.size() - 1);
	}
}
