// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.ui.live.EndpointConnection;

/** What the Connections view shows per endpoint, column by column. */
record ConnectionColumns(String header, int width, Function<EndpointConnection, String> text) {

	static final List<ConnectionColumns> ALL = List.of( //
			new ConnectionColumns("Model", 150, c -> c.model().plant().getName()), //
			new ConnectionColumns("Endpoint", 130, c -> c.endpoint().getName()), //
			new ConnectionColumns("URL", 230, c -> c.endpoint().getUrl()), //
			new ConnectionColumns("State", 100, ConnectionColumns::state), //
			new ConnectionColumns("Security", 200, ConnectionColumns::security), //
			new ConnectionColumns("Detail", 400, ConnectionColumns::detail));

	static String state(EndpointConnection c) {
		if (c.model().replay() != null) {
			return "playback";
		}
		return c.state().name().toLowerCase(Locale.ROOT);
	}

	static String security(EndpointConnection c) {
		ConnectionEvent event = c.lastEvent();
		if (event == null || event.securityPolicy() == null) {
			return c.endpoint().isLabMode() ? "lab mode allowed" : "";
		}
		return event.securityPolicy() + " / " + event.securityMode();
	}

	static String detail(EndpointConnection c) {
		ConnectionEvent event = c.lastEvent();
		if (event != null && event.reason() != null) {
			return event.reason();
		}
		SubscriptionReport report = c.report();
		if (c.state() == ConnectionState.CONNECTED && report != null) {
			return report.monitored() + " signals subscribed"
					+ (report.failed().isEmpty()
							? ""
							: ", " + report.failed().size() + " refused (e.g. " + report.failed().get(0).tag() + ": "
									+ report.failed().get(0).status() + ")")
					+ (report.adjusted().isEmpty()
							? ""
							: ", " + report.adjusted().size() + " adjusted by the server (e.g. "
									+ report.adjusted().get(0).tag() + ": " + report.adjusted().get(0).adjustments()
									+ "; see Reconcile)");
		}
		return "";
	}
}
