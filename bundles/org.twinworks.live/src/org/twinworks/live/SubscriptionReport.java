// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

/** Per binding, what the server made of its monitored item; one refused item never fails the others. */
public record SubscriptionReport(List<BindingStatus> bindings, double revisedPublishingInterval) {

	public List<BindingStatus> failed() {
		return bindings.stream().filter(b -> !b.ok()).toList();
	}

	/** Items that run, but revised by the server or with a fallback filter. */
	public List<BindingStatus> adjusted() {
		return bindings.stream().filter(BindingStatus::adjusted).toList();
	}

	public long monitored() {
		return bindings.stream().filter(BindingStatus::ok).count();
	}
}
