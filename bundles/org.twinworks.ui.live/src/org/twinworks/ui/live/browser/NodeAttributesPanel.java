// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.ui.live.WidgetDelivery;
import org.twinworks.live.NodeDetails;

/**
 * The attributes of the node selected in the browser, read in a job: NodeId with its namespace URI, DataType,
 * value, status, EURange, EngineeringUnits and AccessLevel. A slower read of an earlier selection never
 * overwrites a later one.
 */
final class NodeAttributesPanel {
	/** One line of the panel. */
	record Attribute(String name, String value) {
	}

	private final TableViewer table;
	private final AtomicInteger generation = new AtomicInteger();
	private volatile Job reading;

	NodeAttributesPanel(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Attribute", 130, Attribute::name);
		column("Value", 320, Attribute::value);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(List.of());
	}

	private void column(String header, int width, java.util.function.Function<Attribute, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(header);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Attribute) element);
			}
		});
	}

	TableViewer viewer() {
		return table;
	}

	/** Shows {@code node}'s attributes once read; null clears the panel. UI thread. */
	void show(BrowserNode node) {
		int mine = generation.incrementAndGet();
		if (node == null) {
			table.setInput(List.of());
			return;
		}
		table.setInput(List.of(new Attribute("NodeId", node.node().nodeId()), new Attribute("Status", "reading…")));
		AddressSpaceBrowser browser = node.connection().browser();
		org.eclipse.swt.widgets.Display display = table.getControl().getDisplay();
		cancelReading();
		Job read = Job.create("Reading attributes of " + node.node().browseName(), monitor -> {
			List<Attribute> lines;
			try {
				lines = browser == null
						? List.of(new Attribute("Status", "not connected"))
						: lines(node, browser.details(node.node().nodeId()));
			} catch (LiveConnectionException e) {
				lines = List.of(new Attribute("NodeId", node.node().nodeId()), new Attribute("Status", e.getMessage()));
			}
			List<Attribute> shown = lines;
			WidgetDelivery.deliver(display, table.getControl(), () -> {
				if (generation.get() == mine) {
					table.setInput(shown);
				}
			});
			return Status.OK_STATUS;
		});
		read.setSystem(true);
		reading = read;
		read.schedule();
	}

	private void cancelReading() {
		Job running = reading;
		if (running != null) {
			running.cancel();
		}
	}

	/** The view closes: a read under way is cancelled and its result dropped. */
	void dispose() {
		generation.incrementAndGet();
		cancelReading();
	}

	private static List<Attribute> lines(BrowserNode node, NodeDetails d) {
		List<Attribute> lines = new ArrayList<>();
		lines.add(new Attribute("NodeId", d.nodeId()));
		lines.add(new Attribute("Namespace URI", text(d.namespaceUri())));
		lines.add(new Attribute("Browse name", text(d.browseName())));
		lines.add(new Attribute("Browse path", node.path()));
		lines.add(new Attribute("Node class", text(d.nodeClass())));
		lines.add(new Attribute("Status", text(d.status())));
		if (d.nodeClass() != null && d.nodeClass().equals("Variable")) {
			lines.add(new Attribute("DataType", text(d.dataType())));
			lines.add(new Attribute("Value", d.value() == null ? "-" : String.valueOf(d.value().value())));
			lines.add(new Attribute("Value status", d.value() == null ? "-" : String.valueOf(d.value().status())));
			lines.add(new Attribute("Source time", d.value() == null ? "-" : String.valueOf(d.value().sourceTime())));
			lines.add(new Attribute("EURange", d.euRange() == null ? "-" : d.euRange().toString()));
			lines.add(new Attribute("EngineeringUnits",
					d.engineeringUnits() == null ? "-" : d.engineeringUnits().toString()));
			lines.add(new Attribute("AccessLevel", d.accessText()));
		}
		return lines;
	}

	private static String text(String value) {
		return value == null ? "-" : value;
	}

	/** The value shown for an attribute, or null (tests read it). */
	String valueOf(String attribute) {
		if (table.getInput() instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof Attribute a && a.name().equals(attribute)) {
					return a.value();
				}
			}
		}
		return null;
	}
}
