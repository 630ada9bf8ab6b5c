// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.ui.live.WidgetDelivery;
import org.twinworks.ui.live.EndpointConnection;

/**
 * The browser's lazy tree: a node's children are browsed in a job the first time the tree asks for them (on
 * expand), shown as a "Loading…" placeholder meanwhile, and cached. The input is a {@link Root}.
 */
final class AddressSpaceContent implements ITreeContentProvider {
	/** The Objects folder of one connected endpoint: the tree's input. */
	record Root(EndpointConnection connection) {
		BrowserNode objects() {
			return new BrowserNode(connection, new BrowsedNode(AddressSpaceBrowser.OBJECTS_FOLDER,
					"http://opcfoundation.org/UA/", "Objects", "Objects", "Object", null), "");
		}
	}

	/** Shown under a node while its children are browsed, or in their place when browsing failed. */
	record Placeholder(Object parent, String text) {
	}

	/** The results of a search: a flat list, already browsed. */
	record Results(List<BrowserNode> nodes) {
	}

	private final Map<BrowserNode, Object[]> children = new ConcurrentHashMap<>();
	private final Map<BrowserNode, Job> loading = new ConcurrentHashMap<>();
	private TreeViewer viewer;

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		viewer = (TreeViewer) changed;
		children.clear();
		loading.values().forEach(Job::cancel);
		loading.clear();
	}

	/** The tree closes: browses under way are cancelled, their results dropped. */
	@Override
	public void dispose() {
		loading.values().forEach(Job::cancel);
		loading.clear();
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Root root) {
			return getChildren(root.objects());
		}
		return input instanceof Results results ? results.nodes().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof BrowserNode node)) {
			return new Object[0];
		}
		Object[] known = children.get(node);
		if (known != null) {
			return known;
		}
		loading.computeIfAbsent(node, this::load);
		return new Object[]{new Placeholder(node, "Loading…")};
	}

	/** UI thread: browses in a job, then refreshes the parent on the UI thread. */
	private Job load(BrowserNode parent) {
		AddressSpaceBrowser browser = parent.connection().browser();
		TreeViewer target = viewer;
		org.eclipse.swt.widgets.Display display = target.getControl().getDisplay();
		Job job = Job.create("Browsing " + (parent.path().isEmpty() ? "Objects" : parent.path()), monitor -> {
			Object[] found;
			if (browser == null) {
				found = new Object[]{new Placeholder(parent, "not connected")};
			} else {
				try {
					found = browser.children(parent.node().nodeId()).stream().map(parent::child).toArray();
				} catch (LiveConnectionException e) {
					found = new Object[]{new Placeholder(parent, "cannot browse: " + e.getMessage())};
				}
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Object[] result = found;
			WidgetDelivery.deliver(display, target.getControl(), () -> {
				if (loading.remove(parent) == null) {
					return; // the input changed meanwhile
				}
				children.put(parent, result);
				if (target.getInput() instanceof Root root && root.objects().equals(parent)) {
					target.refresh();
				} else {
					target.refresh(parent);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Placeholder p ? p.parent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (!(element instanceof BrowserNode node)) {
			return false;
		}
		Object[] known = children.get(node);
		// properties have no children of their own; anything else may, until browsed
		return known == null ? !node.node().isProperty() : known.length > 0;
	}

	/** Nothing is being browsed (tests wait for this). */
	boolean idle() {
		return loading.isEmpty();
	}
}
