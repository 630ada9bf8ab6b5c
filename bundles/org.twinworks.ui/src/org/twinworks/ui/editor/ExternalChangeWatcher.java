// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Notices when the model file changes on disk behind the editor's back (git checkout, another tool) and
 * tells the editor; the editor's own saves are recognised by the file time they left and ignored.
 */
final class ExternalChangeWatcher implements IResourceChangeListener {
	private final IFile file;
	private final Path location;
	private final Runnable onExternalChange;
	// resource deltas arrive on any thread: post to the editor's display, never Display.getDefault() there
	private final Display display;
	private volatile FileTime lastKnown;

	ExternalChangeWatcher(IFile file, Display display, Runnable onExternalChange) {
		this.file = file;
		this.location = file.getLocation().toPath();
		this.display = display;
		this.onExternalChange = onExternalChange;
		remember();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	/** Call after loading or saving: the file as it is now is the editor's own. */
	void remember() {
		lastKnown = modified();
	}

	private FileTime modified() {
		try {
			return Files.getLastModifiedTime(location);
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || delta.getKind() != IResourceDelta.CHANGED
				|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
			return;
		}
		FileTime now = modified();
		if (now != null && !now.equals(lastKnown)) {
			lastKnown = now;
			if (!display.isDisposed()) {
				display.asyncExec(onExternalChange);
			}
		}
	}

	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
