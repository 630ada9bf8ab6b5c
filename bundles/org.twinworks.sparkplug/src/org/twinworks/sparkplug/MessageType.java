// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/** The Sparkplug B message types, as they appear in the topic. */
public enum MessageType {
	NBIRTH, NDEATH, NDATA, NCMD, DBIRTH, DDEATH, DDATA, DCMD, STATE;

	/** Whether topics of this type name a device after the edge node. */
	public boolean isDeviceMessage() {
		return this == DBIRTH || this == DDEATH || this == DDATA || this == DCMD;
	}

	/** Whether the edge node counts this message in its seq (everything it publishes except NDEATH). */
	public boolean carriesSeq() {
		return this == NBIRTH || this == NDATA || this == DBIRTH || this == DDEATH || this == DDATA;
	}
}
