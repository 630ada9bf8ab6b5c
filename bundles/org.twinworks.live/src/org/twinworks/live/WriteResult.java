package org.twinworks.live;

/** The end of one guarded write: the outcome, why, and the value read back (null unless it was read). */
public record WriteResult(WriteOutcome outcome, String detail, Object readBack) {

	public boolean isOk() {
		return outcome == WriteOutcome.OK;
	}
}
