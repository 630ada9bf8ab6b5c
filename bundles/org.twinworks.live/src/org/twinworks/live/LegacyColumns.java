// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Fills {@link RecordedColumns} from a version-1 recording's values, giving ids to signals and statuses in the
 * order they first appear: the slow path, so old recordings stream as columns too.
 */
final class LegacyColumns implements Consumer<RecordedValue> {
	private final ColumnConsumer consumer;
	private final RecordedColumns.Dictionary dictionary = new RecordedColumns.Dictionary();
	private final RecordedColumns columns = new RecordedColumns(dictionary, CompactFormat.BATCH_VALUES);
	private final Map<SignalKey, Integer> signals = new HashMap<>();
	private final Map<StatusKey, Integer> statuses = new HashMap<>();

	LegacyColumns(ColumnConsumer consumer) {
		this.consumer = consumer;
	}

	@Override
	public void accept(RecordedValue recorded) {
		SignalKey key = new SignalKey(recorded.endpoint(), recorded.nodeId(), recorded.tag());
		Integer signal = signals.get(key);
		if (signal == null) {
			signal = dictionary.addSignal(key.endpoint(), key.nodeId(), key.tag());
			signals.put(key, signal);
			consumer.declared(signal, key.endpoint(), key.nodeId(), key.tag());
		}
		SignalValue value = recorded.value();
		Integer status = statuses.computeIfAbsent(new StatusKey(value.statusCode(), value.status()),
				k -> dictionary.addStatus(k.code(), k.text()));
		RecordedColumns c = columns;
		int row = c.size++;
		c.signals[row] = signal;
		c.statuses[row] = status;
		c.statusCodes[row] = value.statusCode();
		Instant arrival = recorded.arrival();
		c.arrivalInstants[row] = arrival;
		c.arrivals[row] = RecordedColumns.epochNanos(arrival.getEpochSecond(), arrival.getNano());
		fill(c, row, value.value());
		int flags = 0;
		long time = c.arrivals[row];
		Instant source = value.sourceTime();
		if (source != null) {
			flags |= RecordedColumns.HAS_SOURCE;
			c.sourceSeconds[row] = source.getEpochSecond();
			c.sourceNanos[row] = source.getNano();
			time = RecordedColumns.epochNanos(source.getEpochSecond(), source.getNano());
		}
		Instant server = value.serverTime();
		if (server != null) {
			flags |= RecordedColumns.HAS_SERVER;
			c.serverSeconds[row] = server.getEpochSecond();
			c.serverNanos[row] = server.getNano();
		}
		c.timeFlags[row] = (byte) flags;
		c.times[row] = time;
		if (c.size == CompactFormat.BATCH_VALUES) {
			finish();
		}
	}

	private static void fill(RecordedColumns c, int row, @Nullable Object value) {
		c.texts[row] = null;
		c.numbers[row] = Double.NaN;
		switch (value) {
		case null -> c.kinds[row] = RecordedColumns.NULL;
		case Double d -> {
			c.kinds[row] = RecordedColumns.DOUBLE;
			c.numbers[row] = d;
		}
		case Float f -> {
			c.kinds[row] = RecordedColumns.FLOAT;
			c.numbers[row] = f;
		}
		case Long l -> integer(c, row, RecordedColumns.LONG, l);
		case Integer i -> integer(c, row, RecordedColumns.INT, i);
		case Short s -> integer(c, row, RecordedColumns.SHORT, s);
		case Byte b -> integer(c, row, RecordedColumns.BYTE, b);
		case Boolean b -> integer(c, row, RecordedColumns.BOOLEAN, b ? 1 : 0);
		default -> {
			c.kinds[row] = RecordedColumns.TEXT;
			c.texts[row] = value;
		}
		}
	}

	private static void integer(RecordedColumns c, int row, byte kind, long value) {
		c.kinds[row] = kind;
		c.integers[row] = value;
		c.numbers[row] = value;
	}

	/** Gives the rows gathered so far. */
	void finish() {
		if (columns.size > 0) {
			consumer.accept(columns);
			columns.size = 0;
		}
	}

	private record SignalKey(String endpoint, @Nullable String nodeId, @Nullable String tag) {
	}

	private record StatusKey(long code, String text) {
	}
}
