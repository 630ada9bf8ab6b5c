// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.InterruptedIOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * Checkpoint signatures verified on other cores while the chain is read on: an Ed25519 verification costs about as
 * much as hashing a thousand records. On a single core they are verified in place.
 */
final class SignatureChecks implements AutoCloseable {

	/** A checkpoint whose signature is being verified, and what the walk knew just before it. */
	record Pending(long index, String fingerprint, Future<Boolean> valid, ChainWalk.After before) {
	}

	private final @Nullable ExecutorService pool;
	private final List<Pending> pending = new ArrayList<>();

	SignatureChecks() {
		int threads = Math.min(4, Runtime.getRuntime().availableProcessors() - 1);
		pool = threads < 1 ? null : Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "evidence signature check");
			thread.setDaemon(true);
			return thread;
		});
	}

	void submit(long index, String fingerprint, PublicKey key, byte[] message, byte[] signature,
			ChainWalk.After before) {
		Future<Boolean> valid = pool == null
				? CompletableFuture.completedFuture(WorkstationKey.verifies(key, message, signature))
				: pool.submit(() -> WorkstationKey.verifies(key, message, signature));
		pending.add(new Pending(index, fingerprint, valid, before));
	}

	/** The first checkpoint, in chain order, whose signature does not verify; null when all do. */
	@Nullable
	Pending firstForged() throws InterruptedIOException {
		for (Pending check : pending) {
			try {
				if (!check.valid().get()) {
					return check;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while verifying checkpoint signatures");
			} catch (ExecutionException e) {
				return check; // a verification that fails to run has not verified anything
			}
		}
		return null;
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
