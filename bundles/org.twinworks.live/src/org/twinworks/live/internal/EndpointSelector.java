// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.twinworks.live.InsecureEndpointException;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;

/**
 * Chooses among the endpoints a server offers the one the model asks for: its policy and mode, or with
 * BEST_AVAILABLE the strongest policy offered. None, and a password that would travel unencrypted, are
 * refused unless the model endpoint is in lab mode.
 */
public final class EndpointSelector {
	static final List<SecurityPolicy> STRONGEST_FIRST = List.of(SecurityPolicy.Aes256_Sha256_RsaPss,
			SecurityPolicy.Basic256Sha256, SecurityPolicy.Aes128_Sha256_RsaOaep);

	private EndpointSelector() {
	}

	public static EndpointDescription choose(Endpoint wanted, List<EndpointDescription> offered)
			throws LiveConnectionException {
		boolean lab = wanted.isLabMode();
		MessageSecurityMode mode = mode(wanted.getSecurityMode());
		List<SecurityPolicy> policies = policies(wanted.getSecurityPolicy(), mode, lab);
		if (!lab && (mode == MessageSecurityMode.None || policies.contains(SecurityPolicy.None))) {
			throw new InsecureEndpointException("endpoint '" + wanted.getName()
					+ "' asks for security None: messages would be neither signed nor encrypted. Use Sign or"
					+ " SignAndEncrypt with a real policy, or mark the endpoint as lab mode (test benches only)");
		}
		List<EndpointDescription> samePath = onPath(offered, path(wanted.getUrl()));
		for (SecurityPolicy policy : policies) {
			Optional<EndpointDescription> match = samePath.stream()
					.filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()))
					.filter(e -> e
							.getSecurityMode() == (policy == SecurityPolicy.None ? MessageSecurityMode.None : mode))
					.findFirst();
			if (match.isPresent()) {
				checkPassword(wanted, match.get(), lab);
				return match.get();
			}
		}
		throw new LiveConnectionException("the server at " + wanted.getUrl() + " offers no endpoint with " + policies
				+ " and " + mode + "; it offers " + describe(samePath));
	}

	private static List<SecurityPolicy> policies(SecurityPolicyKind kind, MessageSecurityMode mode, boolean lab) {
		if (mode == MessageSecurityMode.None) {
			return List.of(SecurityPolicy.None);
		}
		return switch (kind) {
		case AES256_SHA256_RSAPSS -> List.of(SecurityPolicy.Aes256_Sha256_RsaPss);
		case BASIC256SHA256 -> List.of(SecurityPolicy.Basic256Sha256);
		case AES128_SHA256_RSAOAEP -> List.of(SecurityPolicy.Aes128_Sha256_RsaOaep);
		case NONE -> List.of(SecurityPolicy.None);
		case BEST_AVAILABLE -> STRONGEST_FIRST;
		};
	}

	private static MessageSecurityMode mode(SecurityModeKind kind) {
		return switch (kind) {
		case NONE -> MessageSecurityMode.None;
		case SIGN -> MessageSecurityMode.Sign;
		case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
		};
	}

	/** A user name token is encrypted by its own policy, or by the channel's when it names none. */
	private static void checkPassword(Endpoint wanted, EndpointDescription chosen, boolean lab)
			throws InsecureEndpointException {
		if (wanted.getAuthentication() != AuthenticationKind.USERNAME || lab) {
			return;
		}
		UserTokenPolicy[] tokens = chosen.getUserIdentityTokens();
		String tokenPolicy = null;
		if (tokens != null) {
			for (UserTokenPolicy token : tokens) {
				if (token.getTokenType() == UserTokenType.UserName) {
					tokenPolicy = token.getSecurityPolicyUri();
					break;
				}
			}
		}
		String effective = tokenPolicy == null || tokenPolicy.isEmpty() ? chosen.getSecurityPolicyUri() : tokenPolicy;
		if (SecurityPolicy.None.getUri().equals(effective)) {
			throw new InsecureEndpointException("endpoint '" + wanted.getName() + "' would send the password of user '"
					+ wanted.getUsername() + "' unencrypted; use a secure policy, or lab mode for test benches only");
		}
	}

	private static List<EndpointDescription> onPath(List<EndpointDescription> offered, String path) {
		List<EndpointDescription> same = new ArrayList<>();
		for (EndpointDescription e : offered) {
			if (path(e.getEndpointUrl()).equals(path)) {
				same.add(e);
			}
		}
		return same.isEmpty() ? offered : same;
	}

	private static String path(String url) {
		try {
			String path = URI.create(url).getPath();
			return path == null ? "" : path.replaceAll("/+$", "");
		} catch (IllegalArgumentException e) {
			return "";
		}
	}

	private static String describe(List<EndpointDescription> offered) {
		return offered.stream().map(e -> SecurityPolicies.name(e.getSecurityPolicyUri()) + "/" + e.getSecurityMode())
				.distinct().toList().toString();
	}
}
