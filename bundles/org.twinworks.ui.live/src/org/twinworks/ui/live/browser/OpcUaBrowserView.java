// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.WidgetDelivery;

/**
 * The address space of a connected endpoint: a lazy tree (children browsed in a job on expand), the attributes of
 * the selected node, and a search by browse name that walks the server in a bounded job. Variables drag onto
 * signals and equipment to bind them; Auto-Bind matches the model's signals to nodes by rule.
 */
public final class OpcUaBrowserView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.browser";
	/** Search walks at most this many nodes and shows at most {@link #SEARCH_RESULTS} of them. */
	static final int SEARCH_LIMIT = 20_000;
	static final int SEARCH_RESULTS = 500;

	private Combo endpoints;
	private List<EndpointConnection> connected = List.of();
	private Text search;
	private Label status;
	private TreeViewer tree;
	private final AddressSpaceContent content = new AddressSpaceContent();
	private NodeAttributesPanel attributes;
	private volatile Job searching;
	private final Runnable connectionsChanged = this::connectionsChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(parent);
		new Label(parent, SWT.NONE).setText("Endpoint:");
		endpoints = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(endpoints);
		endpoints.addListener(SWT.Selection, e -> show(selected()));
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Search browse names (Enter)");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(search);
		search.addListener(SWT.DefaultSelection, e -> search(search.getText()));
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
		tree = new TreeViewer(sash, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		tree.setUseHashlookup(true);
		tree.setContentProvider(content);
		tree.setLabelProvider(new BrowserLabels());
		attributes = new NodeAttributesPanel(sash);
		sash.setWeights(60, 40);
		tree.addSelectionChangedListener(e -> attributes
				.show(e.getStructuredSelection().getFirstElement() instanceof BrowserNode node ? node : null));
		installDrag();
		getSite().setSelectionProvider(tree);
		getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
			@Override
			public void run() {
				show(selected());
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action(SubtreeImport.TITLE + "...") {
			@Override
			public void run() {
				SubtreeImport.open(getSite().getShell(), getSite().getPage(), selected(),
						tree.getStructuredSelection().getFirstElement() instanceof BrowserNode node ? node : null,
						status::setText);
			}
		});
		getViewSite().getActionBars().getToolBarManager().add(new Action(AutoBindWizard.TITLE + "...") {
			@Override
			public void run() {
				openAutoBind();
			}
		});
		LiveConnections.get().addListener(connectionsChanged);
		connectionsChanged();
	}

	/** Variables drag out as a {@link BrowserNode} selection, which the tree, I/O list and diagram bind on drop. */
	private void installDrag() {
		tree.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[]{LocalSelectionTransfer.getTransfer()},
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						event.doit = !BindDrop.dragged(tree.getStructuredSelection()).isEmpty();
						LocalSelectionTransfer.getTransfer()
								.setSelection(event.doit ? tree.getStructuredSelection() : null);
					}

					@Override
					public void dragFinished(DragSourceEvent event) {
						LocalSelectionTransfer.getTransfer().setSelection(null);
					}
				});
	}

	/** The connected endpoints changed: keep the shown one if it is still connected, else show the first. */
	private void connectionsChanged() {
		if (endpoints.isDisposed()) {
			return;
		}
		EndpointConnection shown = selected();
		connected = LiveConnections.get().connections().stream()
				.filter(c -> c.state() == ConnectionState.CONNECTED && c.hasSession()).toList();
		endpoints.setItems(connected.stream().map(
				c -> c.model().plant().getName() + " / " + c.endpoint().getName() + " (" + c.endpoint().getUrl() + ")")
				.toArray(String[]::new));
		int index = connected.indexOf(shown);
		if (index < 0 && !connected.isEmpty()) {
			index = 0;
		}
		if (index >= 0) {
			endpoints.select(index);
		}
		EndpointConnection now = selected();
		if (now != shown || now == null && tree.getInput() != null) {
			show(now);
		} else if (now == null) {
			status.setText("Connect an endpoint in the Connections view to browse its server.");
		}
	}

	private EndpointConnection selected() {
		int index = endpoints.getSelectionIndex();
		return index < 0 || index >= connected.size() ? null : connected.get(index);
	}

	/** Shows the endpoint's address space from the Objects folder (null: nothing). */
	private void show(EndpointConnection connection) {
		cancelSearch();
		tree.setInput(connection == null ? null : new AddressSpaceContent.Root(connection));
		attributes.show(null);
		status.setText(connection == null
				? "Connect an endpoint in the Connections view to browse its server."
				: "Objects of " + connection.endpoint().getUrl());
		status.getParent().layout(true);
	}

	/**
	 * Lists the nodes whose browse name contains {@code text} (case-insensitive), found by a bounded walk in a
	 * job; an empty text returns to the tree. Returns the job (tests join it), or null.
	 */
	public Job search(String text) {
		EndpointConnection connection = selected();
		cancelSearch();
		if (connection == null || text == null || text.isBlank()) {
			show(connection);
			return null;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		BrowserNode objects = new AddressSpaceContent.Root(connection).objects();
		status.setText("Searching for \"" + text.strip() + "\"…");
		org.eclipse.swt.widgets.Display display = tree.getControl().getDisplay();
		Job job = Job.create("Searching " + connection.endpoint().getName() + " for " + text.strip(), monitor -> {
			String summary;
			List<BrowserNode> found;
			try {
				AddressSpaceWalk.Result result = AddressSpaceWalk.walk(objects,
						n -> n.node().browseName().toLowerCase(Locale.ROOT).contains(wanted), SEARCH_LIMIT, monitor);
				found = result.found().stream().limit(SEARCH_RESULTS).toList();
				summary = result.found().size() + " matches among " + result.visited() + " nodes"
						+ (result.found().size() > SEARCH_RESULTS ? ", first " + SEARCH_RESULTS + " shown" : "")
						+ (result.truncated() ? " (stopped at " + SEARCH_LIMIT + " nodes)" : "");
			} catch (LiveConnectionException e) {
				found = List.of();
				summary = "Search failed: " + e.getMessage();
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			List<BrowserNode> nodes = found;
			String text2 = summary;
			if (!monitor.isCanceled()) {
				WidgetDelivery.deliver(display, tree.getControl(), () -> showResults(connection, nodes, text2));
			}
			return Status.OK_STATUS;
		});
		searching = job;
		job.schedule();
		return job;
	}

	private void showResults(EndpointConnection connection, List<BrowserNode> nodes, String summary) {
		if (tree.getControl().isDisposed() || status.isDisposed() || selected() != connection) {
			return;
		}
		searching = null;
		tree.setInput(new AddressSpaceContent.Results(nodes));
		status.setText(summary);
		status.getParent().layout(true);
	}

	private void cancelSearch() {
		Job job = searching;
		if (job != null) {
			job.cancel();
			searching = null;
		}
	}

	private void openAutoBind() {
		EndpointConnection connection = selected();
		if (connection == null) {
			status.setText("Connect an endpoint first: Auto-Bind browses its server.");
			return;
		}
		AutoBindWizard.open(getSite().getShell(), getSite().getPage(), connection);
	}

	/** Shows {@code connection}'s address space (as picking it in the Endpoint list does). */
	public void showEndpoint(EndpointConnection connection) {
		connectionsChanged(); // the service's news may still be on its way
		int index = connected.indexOf(connection);
		if (index < 0) {
			throw new IllegalArgumentException(connection.endpoint().getName() + " is not connected");
		}
		endpoints.select(index);
		show(connection);
	}

	/** The tree (tests expand and select in it). */
	public TreeViewer tree() {
		return tree;
	}

	/** No browse of children is under way (tests wait for it). */
	public boolean browsed() {
		return content.idle();
	}

	/** The attribute panel's value for {@code name} (NodeId, DataType, EURange...), or null. */
	public String attribute(String name) {
		return attributes.valueOf(name);
	}

	public String statusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		LiveConnections.get().removeListener(connectionsChanged);
		cancelSearch();
		attributes.dispose();
		super.dispose();
	}
}
