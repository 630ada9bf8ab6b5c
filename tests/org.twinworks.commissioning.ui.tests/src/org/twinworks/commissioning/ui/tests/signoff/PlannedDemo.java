// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.tests.CampaignFixture;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.UiWait;

/**
 * The demo plant in its editor with an I/O campaign planned beside it, its first check finished as passed (sign-off
 * is tested here, not the runner), and the workbench's commands at hand.
 */
public record PlannedDemo(FreshDemoPlant demo, EditorCampaign record, Check check) {

	public static PlannedDemo open() throws Exception {
		FreshDemoPlant demo = FreshDemoPlant.open();
		deleteRecordOf(demo);
		EditorCampaign record = EditorCampaign.of(demo.editor());
		record.plan(new PlanOptions(List.of(), Set.of(CheckKind.IO)));
		Check check = record.campaign().getChecks().get(0);
		check.setState(CheckState.PASSED);
		check.setFinished(Instant.now().toString());
		record.changed(check);
		return new PlannedDemo(demo, record, check);
	}

	public void close() throws Exception {
		demo.page().closeAllEditors(false);
		UiWait.flush();
		deleteRecordOf(demo);
	}

	public Campaign campaign() {
		return record.campaign();
	}

	/** The record as saved on disk, once the saver has written the last change. */
	public Campaign onDisk() {
		CampaignFixture.awaitSaved(record);
		return CommissioningFiles.load(record.recordFile()).campaign();
	}

	/** Runs a command as the menu would, the given check selected (null: nothing selected); returns its result. */
	public Object execute(String commandId, Check selected) throws Exception {
		IWorkbenchWindow window = demo.editor().getSite().getWorkbenchWindow();
		IHandlerService handlers = window.getService(IHandlerService.class);
		ICommandService commands = window.getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(true);
		if (selected != null) {
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
		}
		return handlers.executeCommandInContext(
				ParameterizedCommand.generateCommand(commands.getCommand(commandId), null), null, context);
	}

	private static void deleteRecordOf(FreshDemoPlant demo) throws Exception {
		Path record = CommissioningFiles.recordBeside(demo.file().getLocation().toPath());
		Files.deleteIfExists(record);
		Files.deleteIfExists(EvidenceChain.beside(record));
	}
}
