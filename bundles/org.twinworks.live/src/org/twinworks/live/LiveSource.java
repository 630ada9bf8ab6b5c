// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.Collection;

import org.twinworks.model.Binding;
import org.twinworks.model.SignalDataType;

/**
 * Where a twin's live values come from for one endpoint: an OPC UA session ({@link LiveSession}) or a Sparkplug B
 * subscription through a broker ({@link SparkplugSession}). Both feed the same {@link ValueStore}; writes go
 * through {@link GuardedWriter}. {@link LiveSources#connect} opens the one the endpoint's kind asks for.
 */
public interface LiveSource extends AutoCloseable {

	/** Feeds {@code bindings} into {@code store}; bad bindings are reported, the rest run. */
	SubscriptionReport subscribe(Collection<Binding> bindings, ValueStore store) throws LiveConnectionException;

	/** Makes the source feed exactly {@code bindings} (the model changed while connected). */
	SubscriptionReport resubscribe(Collection<Binding> bindings, ValueStore store) throws LiveConnectionException;

	/** The current value of one binding's node id (OPC UA node id, or {@code device/metric}). */
	SignalValue read(String nodeId) throws LiveConnectionException;

	/** The bare write; use {@link GuardedWriter}, which arms, checks, reads back and audits. */
	void write(String nodeId, SignalDataType type, Object value) throws LiveConnectionException;

	/** The URL the source reads from (for the audit trail and messages). */
	String endpointUrl();

	@Override
	void close();
}
