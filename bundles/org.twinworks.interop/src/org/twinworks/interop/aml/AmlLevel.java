// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

/** Where an InternalElement sits in the ISA-95 hierarchy of the plant model. */
public enum AmlLevel {
	AREA, WORK_CENTER, UNIT, EQUIPMENT
}
