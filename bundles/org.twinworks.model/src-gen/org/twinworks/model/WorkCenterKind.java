/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Work Center Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * ISA-95 work center kinds.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getWorkCenterKind()
 * @model
 * @generated
 */
public enum WorkCenterKind implements Enumerator {
	/**
	 * The '<em><b>PROCESS CELL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_CELL_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS_CELL(0, "PROCESS_CELL", "ProcessCell"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRODUCTION LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_LINE(1, "PRODUCTION_LINE", "ProductionLine"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRODUCTION UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_UNIT(2, "PRODUCTION_UNIT", "ProductionUnit"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STORAGE ZONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_ZONE_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE_ZONE(3, "STORAGE_ZONE", "StorageZone"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROCESS CELL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_CELL
	 * @model literal="ProcessCell"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_CELL_VALUE = 0;

	/**
	 * The '<em><b>PRODUCTION LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_LINE
	 * @model literal="ProductionLine"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_LINE_VALUE = 1;

	/**
	 * The '<em><b>PRODUCTION UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_UNIT
	 * @model literal="ProductionUnit"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_UNIT_VALUE = 2;

	/**
	 * The '<em><b>STORAGE ZONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_ZONE
	 * @model literal="StorageZone"
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_ZONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Work Center Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WorkCenterKind[] VALUES_ARRAY =
		new WorkCenterKind[] {
			PROCESS_CELL,
			PRODUCTION_LINE,
			PRODUCTION_UNIT,
			STORAGE_ZONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Work Center Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WorkCenterKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Work Center Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkCenterKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkCenterKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Center Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkCenterKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkCenterKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Work Center Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkCenterKind get(int value) {
		switch (value) {
			case PROCESS_CELL_VALUE: return PROCESS_CELL;
			case PRODUCTION_LINE_VALUE: return PRODUCTION_LINE;
			case PRODUCTION_UNIT_VALUE: return PRODUCTION_UNIT;
			case STORAGE_ZONE_VALUE: return STORAGE_ZONE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private WorkCenterKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //WorkCenterKind
