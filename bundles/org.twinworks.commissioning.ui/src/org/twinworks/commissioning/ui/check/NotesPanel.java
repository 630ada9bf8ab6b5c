// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Comment;

/** A check's comments (author, time, text) with a line to add one, and its attachments with their hashes. */
final class NotesPanel {
	private final TableViewer comments;
	private final TableViewer attachments;
	private final Text newComment;
	private final Button add;
	private final Button attach;

	NotesPanel(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Comments and attachments");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(group);
		comments = table(group);
		column(comments, "Author", 90, c -> ((Comment) c).getAuthor());
		column(comments, "Time", 150, c -> ((Comment) c).getTime());
		column(comments, "Comment", 400, c -> ((Comment) c).getText());
		attachments = table(group);
		column(attachments, "File", 200, a -> ((Attachment) a).getFile());
		column(attachments, "SHA-256", 300, a -> ((Attachment) a).getSha256());
		column(attachments, "Chain record", 80, a -> String.valueOf(((Attachment) a).getChainIndex()));
		newComment = new Text(group, SWT.BORDER | SWT.SINGLE);
		newComment.setMessage("Add a comment and press Enter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newComment);
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		add = new Button(buttons, SWT.PUSH);
		add.setText(CheckView.ADD_COMMENT);
		attach = new Button(buttons, SWT.PUSH);
		attach.setText(CheckView.ATTACH);
	}

	void show(@Nullable Check check) {
		comments.setInput(check == null ? List.of() : List.copyOf(check.getComments()));
		attachments.setInput(check == null ? List.of() : List.copyOf(check.getAttachments()));
	}

	void setEnabled(boolean enabled) {
		newComment.setEnabled(enabled);
		add.setEnabled(enabled);
		attach.setEnabled(enabled);
	}

	Text newComment() {
		return newComment;
	}

	Button addButton() {
		return add;
	}

	Button attachButton() {
		return attach;
	}

	TableViewer comments() {
		return comments;
	}

	TableViewer attachments() {
		return attachments;
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 70).applyTo(viewer.getControl());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TitledColumn.add(viewer, title, width).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(element);
				return value == null ? "" : value;
			}
		});
	}
}
