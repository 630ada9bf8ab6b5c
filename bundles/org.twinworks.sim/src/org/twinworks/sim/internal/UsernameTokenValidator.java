// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.Identity.UsernameIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityAlgorithm;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;

/**
 * User-name tokens, refused unless the password came RSA-OAEP encrypted. RSA PKCS#1 v1.5 (rsa-1_5, the
 * Basic128Rsa15 policy) makes the decryption a padding oracle (CVE-2026-60007), and a token with no algorithm on a
 * None channel carries the password in clear: both are refused before anything is decrypted. Every failure
 * answers the same Bad_IdentityTokenInvalid, so a client learns nothing from which step failed.
 */
public final class UsernameTokenValidator extends UsernameIdentityValidator {

	UsernameTokenValidator(Predicate<AuthenticationChallenge> credentials) {
		super(credentials);
	}

	@Override
	protected UsernameIdentity validateUsernameToken(Session session, UserNameIdentityToken token,
			UserTokenPolicy policy, SignatureData signature) throws UaException {
		if (!acceptable(effectiveAlgorithm(session, token), policy)) {
			throw new UaException(StatusCodes.Bad_IdentityTokenInvalid);
		}
		try {
			return super.validateUsernameToken(session, token, policy, signature);
		} catch (UaException | RuntimeException e) {
			throw new UaException(StatusCodes.Bad_IdentityTokenInvalid);
		}
	}

	/** The algorithm the password is encrypted with: the token's own, else the channel's policy's. */
	private static SecurityAlgorithm effectiveAlgorithm(Session session, UserNameIdentityToken token) {
		String uri = token.getEncryptionAlgorithm();
		if (uri == null || uri.isEmpty()) {
			return session.getSecurityConfiguration().getSecurityPolicy().getAsymmetricEncryptionAlgorithm();
		}
		try {
			return SecurityAlgorithm.fromUri(uri);
		} catch (UaException e) {
			return null;
		}
	}

	/** Only RSA-OAEP, and never under a Basic128Rsa15 policy; null (an unknown algorithm) is refused too. */
	public static boolean acceptable(SecurityAlgorithm algorithm, UserTokenPolicy policy) {
		return (algorithm == SecurityAlgorithm.RsaOaepSha1 || algorithm == SecurityAlgorithm.RsaOaepSha256)
				&& !SecurityPolicy.Basic128Rsa15.getUri().equals(policy.getSecurityPolicyUri());
	}
}
