// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * What went wrong, in words a user can act on. Milo wraps network failures as the text of their Java exception
 * ("io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: ..."): the cause is looked for
 * in the chain and said plainly, OPC UA status codes are named, and Java class names are left out.
 */
public final class FailureText {
	/** A leading "some.package.SomeException: " (possibly several, nested). */
	private static final Pattern CLASS_PREFIX = Pattern
			.compile("^(?:(?:(?:[a-z_][\\w]*\\.)+[A-Z][\\w$]*|[A-Z][\\w$]*(?:Exception|Error))(?::\\s*|$))+");
	/** How Milo's UaException says itself: "status=Bad_Timeout, description=The operation timed out." */
	private static final Pattern MILO_STATUS = Pattern.compile("^status=(\\w+), (?:description|message)=(.*)$",
			Pattern.DOTALL);

	private FailureText() {
	}

	public static String of(Throwable failure) {
		String network = networkReason(failure);
		if (network != null) {
			return network;
		}
		String message = withoutClassNames(failure.getMessage());
		Matcher status = MILO_STATUS.matcher(message);
		if (status.matches()) {
			message = status.group(1) + ": " + status.group(2).strip();
		}
		if (failure instanceof UaException ua) {
			long code = ua.getStatusCode().getValue();
			String[] names = StatusCodes.lookup(code).orElse(null);
			if (names != null && (message.isEmpty() || message.equals(names[0]))) {
				return names[0] + ": " + names[1];
			}
			if (names != null && !message.contains(names[0])) {
				return message + " (" + names[0] + ")";
			}
		}
		if (message.isEmpty()) {
			return "an unexpected " + failure.getClass().getSimpleName() + " without details (see the log)";
		}
		return message;
	}

	private static String networkReason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return "connection refused: nothing accepts connections at that address and port"
						+ " (is the server running, and the port right?)";
			}
			if (cause instanceof UnknownHostException) {
				return "unknown host " + withoutClassNames(cause.getMessage()) + ": check the endpoint's host name";
			}
			if (cause instanceof NoRouteToHostException) {
				return "no route to the host: check the network and the endpoint's address";
			}
			if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
				return "no answer in time: the server may be down, overloaded or behind a firewall";
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	static String withoutClassNames(String message) {
		return message == null ? "" : CLASS_PREFIX.matcher(message.strip()).replaceFirst("").strip();
	}
}
