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
