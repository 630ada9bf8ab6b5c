// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** How a guarded write ended. */
public enum WriteOutcome {
	/** Written and read back equal. */
	OK,
	/** Not sent: disarmed, expired, read-only, out of range or not convertible. */
	REFUSED,
	/** Sent, but the server refused it, or the read-back differed. */
	FAILED
}
