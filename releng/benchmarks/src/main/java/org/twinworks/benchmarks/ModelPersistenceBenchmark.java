// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.validation.PlantValidator;

/**
 * Saves and loads a synthetic plant of N elements through Twinworks' persistence (atomic save, hardened
 * parser, diagnostics) and through raw EMF XMI with UUIDs, in the same JVM, and prints both and their
 * ratio. Targets (issue 3): 100k elements load <= 3 s, save <= 2 s, heap <= 500 MB.
 */
public final class ModelPersistenceBenchmark {
	private static final int WARM_RUNS = 3;

	private ModelPersistenceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int elements = Integer.parseInt(args[0]);
		Path dir = Files.createTempDirectory("twinworks-bench");
		try {
			run(elements, dir);
		} finally {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	private static void run(int elements, Path dir) throws Exception {
		long t0 = System.nanoTime();
		Plant plant = SyntheticPlants.create(elements, 42);
		Resource ours = PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("plant.twin"));
		ours.getContents().add(plant);
		long generateMs = ms(t0);
		int count = count(ours);
		Path ourFile = dir.resolve("plant.twin");
		Path rawFile = dir.resolve("raw.xmi");

		Timing save = time(() -> PlantFiles.save(ours, ourFile));
		Resource raw = rawResource(rawFile);
		raw.getContents().add(copyForRaw(ourFile));
		Timing rawSave = time(() -> {
			raw.save(null);
			return null;
		});

		Timing load = time(() -> PlantFiles.load(ourFile));
		Timing rawLoad = time(() -> {
			Resource resource = rawResource(rawFile);
			resource.load(RAW_LOAD_OPTIONS);
			return resource;
		});

		long before = usedHeapAfterGc();
		LoadedPlant kept = PlantFiles.load(ourFile);
		long retained = usedHeapAfterGc() - before;
		long v0 = System.nanoTime();
		int problems = PlantValidator.validate(kept.plant()).size();
		long validateMs = ms(v0);

		System.out.printf(Locale.ROOT, "model persistence: %,d elements (asked %,d), XMI with UUIDs %.1f MB, generated in %d ms%n",
				count, elements, Files.size(ourFile) / 1e6, generateMs);
		print("save", save, rawSave, elements >= 100_000 && elements < 200_000 ? 2000 : -1);
		print("load", load, rawLoad, elements >= 100_000 && elements < 200_000 ? 3000 : -1);
		System.out.printf(Locale.ROOT, "  heap retained by the loaded model: %,d MB (%d bytes/element)%s%n",
				retained >> 20, count == 0 ? 0 : retained / count,
				elements >= 100_000 && elements < 200_000 ? "   target <= 500 MB" : "");
		System.out.printf(Locale.ROOT, "  validate all rules: %,d ms, %d problems%n", validateMs, problems);
		if (kept.hasErrors()) {
			throw new IllegalStateException("the benchmark model did not load cleanly: " + kept.problems());
		}
	}

	/** The usual EMF performance options PERF-BASELINES.md loaded with; without them 100k take ~45 s. */
	private static final Map<Object, Object> RAW_LOAD_OPTIONS = Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION,
			Boolean.TRUE, XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(),
			XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>(),
			XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

	/** Raw EMF, as ../shared/PERF-BASELINES.md measured it: XMIResourceImpl with UUIDs, no Twinworks layer. */
	private static Resource rawResource(Path file) {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(TwinPackage.eNS_URI, TwinPackage.eINSTANCE);
		Resource.Factory factory = uri -> new XMIResourceImpl(uri) {
			@Override
			protected boolean useUUIDs() {
				return true;
			}
		};
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", factory);
		return set.createResource(URI.createFileURI(file.toString()));
	}

	private static Plant copyForRaw(Path file) {
		return PlantFiles.load(file).plant();
	}

	private static int count(Resource resource) {
		int n = 0;
		for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	private record Timing(long coldMs, long warmMedianMs) {
	}

	private static Timing time(Callable<?> work) throws Exception {
		long start = System.nanoTime();
		work.call();
		long cold = ms(start);
		List<Long> warm = new ArrayList<>();
		for (int i = 0; i < WARM_RUNS; i++) {
			usedHeapAfterGc();
			long s = System.nanoTime();
			work.call();
			warm.add(ms(s));
		}
		Collections.sort(warm);
		return new Timing(cold, warm.get(warm.size() / 2));
	}

	private static void print(String what, Timing ours, Timing raw, long targetMs) {
		System.out.printf(Locale.ROOT, "  %s: Twinworks %,d ms warm (%,d cold) | raw EMF %,d ms warm (%,d cold) | ratio %.2f%s%n",
				what, ours.warmMedianMs, ours.coldMs, raw.warmMedianMs, raw.coldMs,
				raw.warmMedianMs == 0 ? 1.0 : (double) ours.warmMedianMs / raw.warmMedianMs,
				targetMs > 0 ? "   target <= " + targetMs + " ms" : "");
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
