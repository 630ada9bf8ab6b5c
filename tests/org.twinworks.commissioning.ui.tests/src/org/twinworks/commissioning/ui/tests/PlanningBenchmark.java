// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.CampaignPlanning;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.editor.PlantEditor;

/**
 * How long planning takes on the 2,000-equipment synthetic plant of the badge benchmark: the Plan dialog's preview of
 * counts (synchronous, on every keystroke), and the planning job's parts — the snapshot and the final apply on the UI
 * thread, the work off it. Prints figures. Not part of the test run: {@code -Dtest=PlanningBenchmark}.
 */
class PlanningBenchmark {
	private static final int ROUNDS = 7;
	private static final PlanOptions ALL = new PlanOptions(List.of(), EnumSet.allOf(CheckKind.class));

	@Test
	void planningTheTwoThousandEquipmentPlant() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmarks");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("planning-2k.twin");
		Path location = file.getLocation().toPath();
		Resource model = PlantFiles.createResource(PlantFiles.newResourceSet(), location);
		model.getContents().add(SyntheticPlants.create(2 * 1000 * 17, 11));
		PlantFiles.save(model, location);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		Path record = CommissioningFiles.recordBeside(location);
		Files.deleteIfExists(record);
		Files.deleteIfExists(EvidenceChain.beside(record));
		PlantEditor editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		UiWait.flush();
		Plant plant = editor.getLoaded().plant();
		EditorCampaign campaign = EditorCampaign.of(editor);

		double[] preview = new double[ROUNDS];
		int checks = 0;
		for (int i = 0; i < ROUNDS; i++) {
			long t0 = System.nanoTime();
			checks = CampaignPlanner.checks(plant, ALL).size();
			preview[i] = ms(t0);
		}
		print("checks built for a preview (every kind, %,d checks): median %.1f ms, max %.1f ms   (the dialog before)",
				checks, median(preview), max(preview));
		double[] counting = new double[ROUNDS];
		int counted = 0;
		for (int i = 0; i < ROUNDS; i++) {
			long t0 = System.nanoTime();
			counted = CampaignPlanner.counts(plant, ALL).values().stream().mapToInt(Integer::intValue).sum();
			counting[i] = ms(t0);
		}
		assertEquals(checks, counted);
		print("preview of counts without building (%,d checks): median %.1f ms, max %.1f ms   (the dialog, per keystroke)",
				counted, median(counting), max(counting));

		double[] prepare = new double[ROUNDS];
		double[] compute = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long t0 = System.nanoTime();
			CampaignPlanning planning = campaign.prepare(ALL);
			prepare[i] = ms(t0);
			long t1 = System.nanoTime();
			planning.compute(new NullProgressMonitor());
			compute[i] = ms(t1);
		}
		print("plan, UI thread: snapshot of the plant median %.1f ms, max %.1f ms", median(prepare), max(prepare));
		print("plan, in the job: hash and plan median %.1f ms, max %.1f ms", median(compute), max(compute));
		CampaignPlanning planning = campaign.prepare(ALL);
		planning.compute(new NullProgressMonitor());
		long a0 = System.nanoTime();
		planning.chainNewPlan();
		double chained = ms(a0);
		long a1 = System.nanoTime();
		planning.writeNewPlan();
		double written = ms(a1);
		long a2 = System.nanoTime();
		planning.showNewPlan();
		print("plan, apply of %,d checks: UI thread %.1f ms (chain and checkpoint %.1f ms, shown %.1f ms); in the job:"
				+ " the record's bytes and atomic write %.1f ms", campaign.campaign().getChecks().size(),
				chained + ms(a2), chained, ms(a2), written);
		assertEquals(checks, campaign.campaign().getChecks().size());

		List<Double> replan = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			CampaignPlanning again = campaign.prepare(ALL);
			long t0 = System.nanoTime();
			again.compute(new NullProgressMonitor());
			replan.add(ms(t0));
		}
		print("re-plan, in the job: median %.1f ms",
				median(replan.stream().mapToDouble(Double::doubleValue).toArray()));
		page.closeAllEditors(false);
		UiWait.flush();
		Files.deleteIfExists(record);
		Files.deleteIfExists(EvidenceChain.beside(record));
	}

	private static double ms(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static void print(String format, Object... args) {
		System.out.println("PlanningBenchmark: " + String.format(format, args));
	}
}
