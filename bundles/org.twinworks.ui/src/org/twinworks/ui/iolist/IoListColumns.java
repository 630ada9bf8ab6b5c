// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.List;

import org.twinworks.model.AlarmKind;
import org.twinworks.model.TwinPackage;

/** The I/O list's columns, in order. The last four are filled by the live overlay. */
final class IoListColumns {
	static final int TAG = 1;
	static final int DESCRIPTION = 2;
	static final int RANGE_LOW = 6;
	static final int RANGE_HIGH = 7;
	static final int NODE = 13;
	static final int FIRST_LIVE = 14;

	static final List<IoListColumn> ALL = List.of( //
			IoListColumn.readOnly("Equipment", IoListRow::equipmentTag), //
			IoListColumn.onSignal("Tag", r -> r.signal().getTag(), TwinPackage.Literals.SIGNAL__TAG,
					IoListColumn::nonEmptyText), //
			IoListColumn.onSignal("Description", r -> r.signal().getName(), TwinPackage.Literals.NAMED__NAME,
					IoListColumn::text), //
			IoListColumn.readOnly("Direction", r -> r.signal().getDirection().getLiteral()), //
			IoListColumn.readOnly("Type", r -> r.signal().getDataType().getLiteral()), //
			IoListColumn.readOnly("Unit", r -> r.signal().getUnit() == null ? "" : r.signal().getUnit().getSymbol()), //
			IoListColumn.onSignal("Range low", r -> r.signal().getRangeLow(), TwinPackage.Literals.SIGNAL__RANGE_LOW,
					IoListColumn::optionalNumber), //
			IoListColumn.onSignal("Range high", r -> r.signal().getRangeHigh(), TwinPackage.Literals.SIGNAL__RANGE_HIGH,
					IoListColumn::optionalNumber), //
			IoListColumn.readOnly("LL", r -> r.limit(AlarmKind.LOW_LOW)), //
			IoListColumn.readOnly("L", r -> r.limit(AlarmKind.LOW)), //
			IoListColumn.readOnly("H", r -> r.limit(AlarmKind.HIGH)), //
			IoListColumn.readOnly("HH", r -> r.limit(AlarmKind.HIGH_HIGH)), //
			IoListColumn.readOnly("Endpoint",
					r -> r.binding() == null || r.binding().getEndpoint() == null
							? ""
							: r.binding().getEndpoint().getName()), //
			new IoListColumn("Node", r -> r.binding() == null ? "" : r.binding().getNodeId(),
					TwinPackage.Literals.BINDING__NODE_ID, IoListRow::binding, IoListColumn::nonEmptyText), //
			IoListColumn.readOnly("Value", r -> ""), //
			IoListColumn.readOnly("Quality", r -> ""), //
			IoListColumn.readOnly("Source time", r -> ""), //
			IoListColumn.readOnly("Age", r -> ""));

	private IoListColumns() {
	}

	static String[] headers() {
		return ALL.stream().map(IoListColumn::header).toArray(String[]::new);
	}
}
