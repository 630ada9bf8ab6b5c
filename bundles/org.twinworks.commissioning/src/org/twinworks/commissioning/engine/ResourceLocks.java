// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * Keeps checks that touch the same equipment apart: a check takes all its equipment at once or waits, so checks of
 * different equipment run in parallel and no two of them can deadlock.
 */
final class ResourceLocks {
	private final Set<String> held = new HashSet<>();

	synchronized boolean tryAcquire(Set<String> resources) {
		for (String resource : resources) {
			if (held.contains(resource)) {
				return false;
			}
		}
		held.addAll(resources);
		return true;
	}

	synchronized void release(Set<String> resources) {
		held.removeAll(resources);
		notifyAll();
	}

	synchronized void awaitChange() throws InterruptedException {
		wait(200);
	}
}
