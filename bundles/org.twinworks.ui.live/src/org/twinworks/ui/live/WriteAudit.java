// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;

/**
 * The workbench's audit trail of plant writes: one append-only {@link AuditLog} file per workspace, shown with
 * the records of earlier runs read back once, so the Audit Log view lists history and not only this session.
 * Listeners hear of new records on the UI thread.
 */
public final class WriteAudit {
	/** How many records the view keeps; the file keeps them all. */
	static final int SHOWN = 1000;

	private final Path file;
	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final AtomicBoolean notifying = new AtomicBoolean();
	private List<AuditRecord> earlier;
	private AuditLog log;

	WriteAudit(Path file, Display display) {
		this.file = file;
		this.display = display;
	}

	public Path file() {
		return file;
	}

	/** The log to append to, opened on first use (after reading what earlier runs wrote). */
	synchronized AuditLog log() throws IOException {
		if (log == null) {
			earlier = readEarlier(file);
			log = AuditLog.open(file, SHOWN);
		}
		return log;
	}

	/** The latest records, newest first: earlier runs' and this run's. */
	public synchronized List<AuditRecord> newestFirst() {
		try {
			if (earlier == null) {
				earlier = readEarlier(file); // once: the file only grows, and this runs on every refresh
			}
			List<AuditRecord> all = new ArrayList<>(earlier);
			if (log != null) {
				all.addAll(log.tail());
			}
			Collections.reverse(all);
			return all.size() > SHOWN ? List.copyOf(all.subList(0, SHOWN)) : all;
		} catch (IOException e) {
			ILog.of(WriteAudit.class).warn("Cannot read the audit log " + file + ": " + e.getMessage());
			return List.of();
		}
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Any thread, after a record was appended: one asyncExec at a time tells the UI. */
	void appended() {
		if (display.isDisposed() || !notifying.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			notifying.set(false);
			listeners.forEach(Runnable::run);
		});
	}

	synchronized void close() {
		if (log != null) {
			try {
				log.close();
			} catch (IOException e) {
				ILog.of(WriteAudit.class).warn("Cannot close the audit log " + file + ": " + e.getMessage());
			}
		}
	}

	private static List<AuditRecord> readEarlier(Path file) throws IOException {
		return AuditLog.read(file, SHOWN);
	}
}
