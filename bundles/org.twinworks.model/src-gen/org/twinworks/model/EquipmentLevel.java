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
 * A representation of the literals of the enumeration '<em><b>Equipment Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * ISA-88/95 equipment levels.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getEquipmentLevel()
 * @model
 * @generated
 */
public enum EquipmentLevel implements Enumerator {
	/**
	 * The '<em><b>EQUIPMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EQUIPMENT(0, "EQUIPMENT", "Equipment"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EQUIPMENT MODULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	EQUIPMENT_MODULE(1, "EQUIPMENT_MODULE", "EquipmentModule"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTROL MODULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROL_MODULE(2, "CONTROL_MODULE", "ControlModule"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EQUIPMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT
	 * @model literal="Equipment"
	 * @generated
	 * @ordered
	 */
	public static final int EQUIPMENT_VALUE = 0;

	/**
	 * The '<em><b>EQUIPMENT MODULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EQUIPMENT_MODULE
	 * @model literal="EquipmentModule"
	 * @generated
	 * @ordered
	 */
	public static final int EQUIPMENT_MODULE_VALUE = 1;

	/**
	 * The '<em><b>CONTROL MODULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROL_MODULE
	 * @model literal="ControlModule"
	 * @generated
	 * @ordered
	 */
	public static final int CONTROL_MODULE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Equipment Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EquipmentLevel[] VALUES_ARRAY =
		new EquipmentLevel[] {
			EQUIPMENT,
			EQUIPMENT_MODULE,
			CONTROL_MODULE,
		};

	/**
	 * A public read-only list of all the '<em><b>Equipment Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EquipmentLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Equipment Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentLevel get(int value) {
		switch (value) {
			case EQUIPMENT_VALUE: return EQUIPMENT;
			case EQUIPMENT_MODULE_VALUE: return EQUIPMENT_MODULE;
			case CONTROL_MODULE_VALUE: return CONTROL_MODULE;
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
	private EquipmentLevel(int value, String name, String literal) {
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
	
} //EquipmentLevel
