// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;

/** Opens the source an endpoint's kind asks for. */
public final class LiveSources {

	private LiveSources() {
	}

	public static LiveSource connect(Endpoint endpoint, LiveOptions options) throws LiveConnectionException {
		return endpoint.getKind() == EndpointKind.SPARKPLUG_B
				? SparkplugSession.connect(endpoint, options)
				: LiveSession.connect(endpoint, options);
	}
}
