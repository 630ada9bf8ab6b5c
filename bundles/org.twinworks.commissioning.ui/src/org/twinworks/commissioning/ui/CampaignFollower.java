// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.jspecify.annotations.Nullable;
import org.twinworks.ui.editor.PlantEditor;

/**
 * What a commissioning view follows: the campaign of the page's active plant editor, and that campaign's changes. The
 * view is told (UI thread) when another campaign becomes current, when none is, and after every change of the current
 * one.
 */
public final class CampaignFollower implements AutoCloseable {
	private final IWorkbenchPage page;
	private final Consumer<@Nullable EditorCampaign> onChange;
	private final Runnable campaignChanged;
	private @Nullable EditorCampaign current;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow();
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			follow();
		}

		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			follow();
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow();
		}
	};

	/** Starts following at once: {@code onChange} hears the current campaign (or null) before this returns. */
	public CampaignFollower(IWorkbenchPage page, Consumer<@Nullable EditorCampaign> onChange) {
		this.page = page;
		this.onChange = onChange;
		this.campaignChanged = () -> onChange.accept(current);
		page.addPartListener(editors);
		follow();
		if (current == null) {
			onChange.accept(null);
		}
	}

	public @Nullable EditorCampaign current() {
		return current;
	}

	/** Looks at the active editor again. */
	public void follow() {
		EditorCampaign next = page.getActiveEditor() instanceof PlantEditor editor
				&& EditorCampaign.isOpenEditor(editor) ? EditorCampaign.of(editor) : null;
		if (next == current) {
			return;
		}
		if (current != null) {
			current.removeListener(campaignChanged);
		}
		current = next;
		if (next != null) {
			next.addListener(campaignChanged);
		}
		onChange.accept(next);
	}

	@Override
	public void close() {
		page.removePartListener(editors);
		if (current != null) {
			current.removeListener(campaignChanged);
			current = null;
		}
	}
}
