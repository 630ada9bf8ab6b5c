package org.twinworks.live;

import java.time.Instant;

/** One value as a recording keeps it: when it arrived, from which endpoint and node, for which signal tag. */
public record RecordedValue(Instant arrival, String endpoint, String nodeId, String tag, SignalValue value) {
}
