// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Writes signals as a tag list {@link CsvTagListReader} reads back to the same signals: every {@link CsvField}'s
 * column under its {@link CsvField#header() header} (the I/O list's columns first, in its order), UTF-8 without a
 * byte order mark, comma, decimal point, RFC 4180 quoting, CRLF line ends, cells a spreadsheet would run as
 * formulas guarded with a leading {@code '}. Atomic: the file is either the old one or the complete new one.
 *
 * <p>
 * What a tag list does not hold and so does not survive a round trip: alarm priorities and hysteresis, binding
 * settings other than the node id (sampling, queue, deadband), the hierarchy between area and equipment, the
 * equipment's own attributes other than its tag, a second limit of one kind, and spaces around cell values.
 */
public final class CsvTagListWriter {
	/** The columns in the order written. */
	public static final List<CsvField> COLUMNS = List.of(CsvField.EQUIPMENT, CsvField.TAG, CsvField.DESCRIPTION,
			CsvField.DIRECTION, CsvField.DATA_TYPE, CsvField.UNIT, CsvField.RANGE_LOW, CsvField.RANGE_HIGH,
			CsvField.LIMIT_LL, CsvField.LIMIT_L, CsvField.LIMIT_H, CsvField.LIMIT_HH, CsvField.ENDPOINT, CsvField.NODE,
			CsvField.UNIT_CODE, CsvField.ACCESS, CsvField.AREA, CsvField.NOTES, CsvField.NOMINAL, CsvField.STATES);

	private CsvTagListWriter() {
	}

	/** Every signal of the plant's hierarchy (not the type library's templates) with its active binding. */
	public static void write(Path file, Plant plant) throws IOException {
		Map<Signal, Binding> bindings = activeBindings(plant);
		write(file, signalsOf(plant), bindings::get);
	}

	/** The given signals in the given order (e.g. the I/O list's visible rows), each with its binding or none. */
	public static void write(Path file, List<Signal> signals, Function<Signal, @Nullable Binding> bindingOf)
			throws IOException {
		AtomicFileWriter.writeWithoutBackup(file, out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			write(writer, signals, bindingOf);
			writer.flush();
		});
	}

	/** The same text to any writer. */
	public static void write(Writer writer, List<Signal> signals, Function<Signal, @Nullable Binding> bindingOf)
			throws IOException {
		List<String> cells = new ArrayList<>(COLUMNS.size());
		for (CsvField field : COLUMNS) {
			cells.add(field.header());
		}
		line(writer, cells);
		for (Signal signal : signals) {
			cells.clear();
			Binding binding = bindingOf.apply(signal);
			Map<AlarmKind, Double> limits = limits(signal);
			for (CsvField field : COLUMNS) {
				cells.add(cell(field, signal, binding, limits));
			}
			line(writer, cells);
		}
	}

	/** The signals of the plant's hierarchy in model order. */
	public static List<Signal> signalsOf(Plant plant) {
		List<Signal> signals = new ArrayList<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof EquipmentType) {
				it.prune();
			} else if (element instanceof Signal signal) {
				signals.add(signal);
				it.prune();
			}
		}
		return signals;
	}

	/** Each signal's first active binding, as the I/O list shows it. */
	public static Map<Signal, Binding> activeBindings(Plant plant) {
		Map<Signal, Binding> bindings = new HashMap<>();
		if (plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.isActive() && binding.getSignal() != null) {
					bindings.putIfAbsent(binding.getSignal(), binding);
				}
			}
		}
		return bindings;
	}

	private static String cell(CsvField field, Signal signal, @Nullable Binding binding,
			Map<AlarmKind, Double> limits) {
		return switch (field) {
		case EQUIPMENT -> signal.getEquipment() == null ? "" : text(signal.getEquipment().getTag());
		case TAG -> text(signal.getTag());
		case DESCRIPTION -> text(signal.getName());
		case NOTES -> text(signal.getDescription());
		case AREA -> text(areaName(signal));
		case DIRECTION -> signal.getDirection().getLiteral();
		case DATA_TYPE -> signal.getDataType().getLiteral();
		case UNIT -> signal.getUnit() == null ? "" : text(signal.getUnit().getSymbol());
		case UNIT_CODE -> signal.getUnit() == null ? "" : text(signal.getUnit().getCode());
		case RANGE_LOW -> CsvCells.number(signal.getRangeLow());
		case RANGE_HIGH -> CsvCells.number(signal.getRangeHigh());
		case LIMIT_LL -> CsvCells.number(limits.get(AlarmKind.LOW_LOW));
		case LIMIT_L -> CsvCells.number(limits.get(AlarmKind.LOW));
		case LIMIT_H -> CsvCells.number(limits.get(AlarmKind.HIGH));
		case LIMIT_HH -> CsvCells.number(limits.get(AlarmKind.HIGH_HIGH));
		case ENDPOINT -> binding == null || binding.getEndpoint() == null ? "" : text(binding.getEndpoint().getName());
		case NODE -> binding == null ? "" : text(binding.getNodeId());
		case ACCESS -> signal.getAccess().getLiteral();
		case NOMINAL -> text(signal.getNominalValue());
		case STATES -> CsvCells.states(signal.getEnumLiterals());
		};
	}

	private static Map<AlarmKind, Double> limits(Signal signal) {
		Map<AlarmKind, Double> limits = new EnumMap<>(AlarmKind.class);
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			limits.putIfAbsent(limit.getKind(), limit.getValue());
		}
		return limits;
	}

	private static @Nullable String areaName(Signal signal) {
		for (EObject container = signal.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Area area) {
				return area.getName();
			}
		}
		return null;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static void line(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(CsvCells.quote(CsvCells.guard(cells.get(i)), ','));
		}
		writer.write("\r\n");
	}
}
