// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads a chain's well-formed records in order, for comparing them with the record and printing the last checkpoint.
 * It judges nothing: {@link ChainVerifier} says whether the chain is intact; a line that does not parse ends the read.
 */
public final class ChainReader {

	private ChainReader() {
	}

	public static List<ChainRecord> read(Path file) throws IOException {
		List<ChainRecord> records = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				BoundedLineReader reader = new BoundedLineReader(in, ChainLines.MAX_LINE_BYTES)) {
			for (BoundedLineReader.Line line; (line = reader.next()) != null;) {
				if (!line.terminated() || line.tooLong()) {
					break;
				}
				try {
					records.add(ChainLines.parse(new String(line.bytes(), StandardCharsets.UTF_8)));
				} catch (IllegalArgumentException e) {
					break;
				}
			}
		}
		return records;
	}

	/** The Ed25519 signature (Base64) of the last checkpoint among {@code records}, or null without one. */
	public static @Nullable String lastCheckpointSignature(List<ChainRecord> records) {
		for (int i = records.size() - 1; i >= 0; i--) {
			if (records.get(i).isCheckpoint()) {
				try {
					return Base64.getEncoder()
							.encodeToString(CheckpointPayload.parse(records.get(i).payload()).signature());
				} catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}
}
