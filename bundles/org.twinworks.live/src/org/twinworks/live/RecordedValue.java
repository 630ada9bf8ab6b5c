// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One value as a recording keeps it: when it arrived, from which endpoint and node, for which signal tag. */
public record RecordedValue(Instant arrival, String endpoint, @Nullable String nodeId, @Nullable String tag,
		SignalValue value) {
}
