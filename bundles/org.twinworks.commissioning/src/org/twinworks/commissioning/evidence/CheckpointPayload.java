// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.util.Base64;

/**
 * The payload of a checkpoint record:
 * {@code signed-index=N signed-hash=HEX public-key=BASE64 signature=BASE64}, in this order, one space apart.
 */
record CheckpointPayload(long signedIndex, String signedHash, byte[] publicKey, byte[] signature) {
	private static final String[] NAMES = {"signed-index", "signed-hash", "public-key", "signature"};

	String text() {
		Base64.Encoder base64 = Base64.getEncoder();
		return NAMES[0] + "=" + signedIndex + " " + NAMES[1] + "=" + signedHash + " " + NAMES[2] + "="
				+ base64.encodeToString(publicKey) + " " + NAMES[3] + "=" + base64.encodeToString(signature);
	}

	/** @throws IllegalArgumentException saying what is malformed */
	static CheckpointPayload parse(String text) {
		String[] parts = text.split(" ", -1);
		if (parts.length != NAMES.length) {
			throw new IllegalArgumentException("a checkpoint payload with " + parts.length + " parts where it has 4");
		}
		String[] values = new String[NAMES.length];
		for (int i = 0; i < NAMES.length; i++) {
			if (!parts[i].startsWith(NAMES[i] + "=")) {
				throw new IllegalArgumentException(
						"a checkpoint payload without " + NAMES[i] + "= in place " + (i + 1));
			}
			values[i] = parts[i].substring(NAMES[i].length() + 1);
		}
		long signedIndex = "-1".equals(values[0]) ? -1 : ChainText.parseIndex(values[0]);
		if (!ChainText.isHash(values[1])) {
			throw new IllegalArgumentException("a checkpoint whose signed hash is not 64 lower-case hex digits");
		}
		try {
			Base64.Decoder base64 = Base64.getDecoder();
			return new CheckpointPayload(signedIndex, values[1], base64.decode(values[2]), base64.decode(values[3]));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("a checkpoint whose key or signature is not Base64", e);
		}
	}
}
