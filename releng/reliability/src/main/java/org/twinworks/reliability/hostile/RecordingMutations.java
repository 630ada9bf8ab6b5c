// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Mutations that know recordings (an optional 8-byte header, then records of length, payload and CRC-32): payload
 * bytes, ints and varints set to edge values, records duplicated, dropped or reordered (values before their signal
 * is declared), the header damaged, lengths at their edges; checksums are recomputed after a payload changes, so the
 * damage reaches the decoder instead of stopping at the checksum.
 */
final class RecordingMutations {
	private static final int HEADER = 8;
	private static final int[] EDGE_INTS = {0, 1, -1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, Integer.MAX_VALUE,
			Integer.MIN_VALUE, 1 << 24, (1 << 24) + 1};

	private final SplittableRandom random;

	RecordingMutations(SplittableRandom random) {
		this.random = random;
	}

	byte[] mutate(byte[] input) {
		boolean compact = input.length > 0 && (input[0] & 0xFF) == 0x89;
		int start = compact ? Math.min(HEADER, input.length) : 0;
		List<byte[]> payloads = payloads(input, start);
		if (payloads.isEmpty() || random.nextInt(10) == 0) {
			byte[] out = input.clone();
			if (out.length > 0) {
				out[random.nextInt(Math.min(out.length, HEADER))] ^= (byte) (1 << random.nextInt(8));
			}
			return out;
		}
		int at = random.nextInt(payloads.size());
		byte[] payload = payloads.get(at).clone();
		switch (random.nextInt(7)) {
		case 0 -> {
			if (payload.length > 0) {
				payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
			}
		}
		case 1 -> {
			if (payload.length >= 4) {
				ByteBuffer.wrap(payload).putInt(random.nextInt(payload.length - 3),
						EDGE_INTS[random.nextInt(EDGE_INTS.length)]);
			}
		}
		case 2 -> {
			if (payload.length > 0) {
				// a varint that never ends, or one of ten bytes: the longest a long takes
				int from = random.nextInt(payload.length);
				for (int i = from; i < Math.min(payload.length, from + 1 + random.nextInt(10)); i++) {
					payload[i] = (byte) 0xFF;
				}
			}
		}
		case 3 -> {
			payloads.add(random.nextInt(payloads.size() + 1), payload);
			return join(input, start, payloads, -1, 0);
		}
		case 4 -> {
			payloads.remove(at);
			return join(input, start, payloads, -1, 0);
		}
		case 5 -> {
			int other = random.nextInt(payloads.size());
			payloads.set(at, payloads.get(other));
			payloads.set(other, payload);
			return join(input, start, payloads, -1, 0);
		}
		case 6 -> {
			// the record's length field at an edge, the checksum left as it was
			return join(input, start, payloads, at, EDGE_INTS[random.nextInt(EDGE_INTS.length)]);
		}
		default -> throw new IllegalStateException();
		}
		payloads.set(at, payload);
		return join(input, start, payloads, -1, 0);
	}

	/** The whole records from {@code start} on, as long as their lengths fit. */
	private static List<byte[]> payloads(byte[] input, int start) {
		List<byte[]> payloads = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(input);
		int at = start;
		while (at + 4 <= input.length) {
			int length = buffer.getInt(at);
			if (length < 0 || at + 8L + length > input.length) {
				break;
			}
			byte[] payload = new byte[length];
			buffer.get(at + 4, payload);
			payloads.add(payload);
			at += 8 + length;
		}
		return payloads;
	}

	private static byte[] join(byte[] input, int start, List<byte[]> payloads, int badLength, int length) {
		int size = start;
		for (byte[] payload : payloads) {
			size += 8 + payload.length;
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		out.put(input, 0, start);
		CRC32 crc = new CRC32();
		for (int i = 0; i < payloads.size(); i++) {
			byte[] payload = payloads.get(i);
			crc.reset();
			crc.update(payload);
			out.putInt(i == badLength ? length : payload.length).put(payload).putInt((int) crc.getValue());
		}
		return out.array();
	}
}
