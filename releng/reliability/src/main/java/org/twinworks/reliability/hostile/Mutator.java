// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damages files, deterministically for a given random source: one to four stacked mutations, each either blind
 * (bit and byte flips, chunks inserted, deleted or duplicated, truncation, a splice of two inputs) or aware of the
 * file's {@link Shape} ({@link XmlMutations}, {@link TextMutations}, {@link RecordingMutations}). Outputs are cut at
 * {@link #MAX_SIZE} so the heap stays modest.
 */
final class Mutator {
	static final int MAX_SIZE = 1 << 20;
	/** Bytes parsers treat specially. */
	private static final byte[] INTERESTING = {0, -1, 0x7F, (byte) 0x80, '<', '>', '"', '\'', '&', ';', ',', '\n', '\r',
			'\t', '\\', '=', '/', '#', '.', '-', '9'};

	private final SplittableRandom random;
	private final Shape shape;

	Mutator(SplittableRandom random, Shape shape) {
		this.random = random;
		this.shape = shape;
	}

	byte[] mutate(byte[] input, List<byte[]> others) {
		byte[] out = input;
		int rounds = 1 + random.nextInt(4);
		for (int i = 0; i < rounds; i++) {
			out = random.nextInt(2) == 0 ? blind(out, others) : aware(out);
			if (out.length > MAX_SIZE) {
				out = Arrays.copyOf(out, MAX_SIZE);
			}
		}
		return out;
	}

	private byte[] aware(byte[] input) {
		return switch (shape) {
		case XML -> new XmlMutations(random).mutate(input);
		case TEXT -> new TextMutations(random).mutate(input);
		case RECORDING -> new RecordingMutations(random).mutate(input);
		};
	}

	private byte[] blind(byte[] input, List<byte[]> others) {
		if (input.length == 0) {
			return new byte[]{INTERESTING[random.nextInt(INTERESTING.length)]};
		}
		byte[] out = input.clone();
		int at = random.nextInt(out.length);
		switch (random.nextInt(8)) {
		case 0 -> {
			for (int n = 1 + random.nextInt(8); n > 0; n--) {
				int bit = random.nextInt(out.length * 8);
				out[bit / 8] ^= (byte) (1 << (bit % 8));
			}
		}
		case 1 -> out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
		case 2 -> out[at] = (byte) random.nextInt(256);
		case 3 -> {
			byte[] chunk = new byte[1 + random.nextInt(64)];
			random.nextBytes(chunk);
			out = splice(out, at, at, chunk);
		}
		case 4 -> out = splice(out, at, Math.min(out.length, at + 1 + random.nextInt(256)), new byte[0]);
		case 5 -> {
			int end = Math.min(out.length, at + 1 + random.nextInt(1024));
			out = splice(out, random.nextInt(out.length + 1), 0, Arrays.copyOfRange(out, at, end));
		}
		case 6 -> out = Arrays.copyOf(out, at);
		default -> {
			byte[] other = others.get(random.nextInt(others.size()));
			int from = other.length == 0 ? 0 : random.nextInt(other.length);
			out = splice(Arrays.copyOf(out, at), at, at, Arrays.copyOfRange(other, from, other.length));
		}
		}
		return out;
	}

	/** {@code input} with {@code [from, to)} replaced by {@code chunk} ({@code to} below {@code from}: inserted). */
	static byte[] splice(byte[] input, int from, int to, byte[] chunk) {
		int end = Math.max(from, to);
		ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + chunk.length);
		out.write(input, 0, from);
		out.write(chunk, 0, chunk.length);
		out.write(input, end, input.length - end);
		return out.toByteArray();
	}
}
