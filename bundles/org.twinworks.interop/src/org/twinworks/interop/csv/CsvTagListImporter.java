// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;

/**
 * A tag list as an {@link ImportDraft}. Decisions:
 * <ul>
 * <li>Signals are grouped under equipment by the Equipment column (created with its tag and source id
 * {@code csv:<equipment tag>}); the equipment sits in the area of the Area column, or in the import's area (by
 * option, else the file name without extension). Areas have source id {@code csv:area:<name>}.</li>
 * <li>Signals with an empty Equipment cell go under one equipment tagged with the file name without extension
 * (source id {@code csv:<that name>}): signals need an equipment in the model, and the file is what they share.</li>
 * <li>Each signal has source id {@code csv:<tag>}; an attribute is set only when its cell is not empty.</li>
 * <li>Rows with a node id get a binding to the draft's one endpoint (no URL: a tag list does not know it); when the
 * Endpoint column names exactly one endpoint, the draft endpoint takes that name.</li>
 * <li>Units go into the draft's catalogue once per code and symbol.</li>
 * <li>The scope is {@code csv:}: every element a CSV import made belongs to it.</li>
 * </ul>
 */
public final class CsvTagListImporter {
	/** The scope and the prefix of every source id a tag list gives. */
	public static final String SCOPE = "csv:";

	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private CsvTagListImporter() {
	}

	/** Reads, checks and maps a tag list; nothing is produced when any row has a problem. */
	public static ImportDraft importFile(Path file, CsvImportOptions options) throws IOException, CsvImportException {
		return toDraft(CsvTagListReader.read(file, options), options.areaName());
	}

	/** Maps a list already read (e.g. after the preview). */
	public static ImportDraft toDraft(CsvTagList list, @Nullable String areaName) {
		return new Builder(list, areaName != null && !areaName.isBlank() ? areaName : baseName(list.file())).build();
	}

	/** The file name without its extension. */
	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static final class Builder {
		private final CsvTagList list;
		private final String defaultArea;
		private final Plant plant = F.createPlant();
		private final Endpoint endpoint = F.createEndpoint();
		private final Map<String, Area> areas = new LinkedHashMap<>();
		private final Map<String, Equipment> equipment = new LinkedHashMap<>();
		private final Map<String, EngineeringUnit> units = new LinkedHashMap<>();
		private final List<Binding> bindings = new ArrayList<>();
		private final Set<String> endpointNames = new LinkedHashSet<>();
		private final List<String> warnings = new ArrayList<>();

		Builder(CsvTagList list, String defaultArea) {
			this.list = list;
			this.defaultArea = defaultArea;
		}

		ImportDraft build() {
			String source = list.file().getFileName().toString();
			plant.setName(source);
			Twin twin = F.createTwin();
			twin.getEndpoints().add(endpoint);
			plant.setTwin(twin);
			warnings.addAll(list.warnings());
			for (CsvTagRow row : list.rows()) {
				equipment(row).getSignals().add(signal(row));
			}
			twin.getBindings().addAll(bindings);
			if (endpointNames.size() == 1) {
				endpoint.setName(endpointNames.iterator().next());
			} else if (endpointNames.size() > 1) {
				warnings.add(list.file() + ": the Endpoint column names " + endpointNames.size()
						+ " endpoints; the import binds every node to one endpoint");
			}
			return new ImportDraft(plant, SCOPE, list.file().toString(), warnings);
		}

		private Equipment equipment(CsvTagRow row) {
			String tag = row.equipment() != null ? row.equipment() : baseName(list.file());
			return equipment.computeIfAbsent(tag, t -> {
				Equipment created = F.createEquipment();
				created.setTag(t);
				created.setSourceId(SCOPE + t);
				area(row.area() != null ? row.area() : defaultArea).getEquipment().add(created);
				return created;
			});
		}

		private Area area(String name) {
			return areas.computeIfAbsent(name, n -> {
				Area area = F.createArea();
				area.setName(n);
				area.setSourceId(SCOPE + "area:" + n);
				plant.getAreas().add(area);
				return area;
			});
		}

		private Signal signal(CsvTagRow row) {
			Signal signal = F.createSignal();
			signal.setTag(row.tag());
			signal.setSourceId(SCOPE + row.tag());
			if (row.name() != null) {
				signal.setName(row.name());
			}
			if (row.notes() != null) {
				signal.setDescription(row.notes());
			}
			if (row.direction() != null) {
				signal.setDirection(row.direction());
			}
			if (row.dataType() != null) {
				signal.setDataType(row.dataType());
			}
			if (row.unit() != null) {
				signal.setUnit(unit(row.unit()));
			}
			if (row.rangeLow() != null) {
				signal.setRangeLow(row.rangeLow());
			}
			if (row.rangeHigh() != null) {
				signal.setRangeHigh(row.rangeHigh());
			}
			for (AlarmKind kind : AlarmKind.VALUES) {
				Double value = row.limits().get(kind);
				if (value != null) {
					AlarmLimit limit = F.createAlarmLimit();
					limit.setKind(kind);
					limit.setValue(value);
					signal.getAlarmLimits().add(limit);
				}
			}
			if (row.access() != null) {
				signal.setAccess(row.access());
			}
			if (row.nominalValue() != null) {
				signal.setNominalValue(row.nominalValue());
			}
			signal.getEnumLiterals().addAll(row.states());
			if (row.nodeId() != null) {
				Binding binding = F.createBinding();
				binding.setSignal(signal);
				binding.setEndpoint(endpoint);
				binding.setNodeId(row.nodeId());
				bindings.add(binding);
			}
			if (row.endpoint() != null) {
				endpointNames.add(row.endpoint());
			}
			return signal;
		}

		private EngineeringUnit unit(CsvUnit unit) {
			return units.computeIfAbsent(unit.code() + '\u0000' + unit.symbol(), key -> {
				EngineeringUnit created = F.createEngineeringUnit();
				created.setCode(unit.code());
				created.setSymbol(unit.symbol());
				plant.getEngineeringUnits().add(created);
				return created;
			});
		}
	}
}
