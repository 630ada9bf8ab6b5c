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
 * A representation of the literals of the enumeration '<em><b>Medium</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What flows through a port.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getMedium()
 * @model
 * @generated
 */
public enum Medium implements Enumerator {
	/**
	 * The '<em><b>PROCESS FLUID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_FLUID_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS_FLUID(0, "PROCESS_FLUID", "ProcessFluid"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MATERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL(1, "MATERIAL", "Material"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SIGNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL(2, "SIGNAL", "Signal"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ELECTRICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICAL_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRICAL(3, "ELECTRICAL", "Electrical"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PNEUMATIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PNEUMATIC_VALUE
	 * @generated
	 * @ordered
	 */
	PNEUMATIC(4, "PNEUMATIC", "Pneumatic"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROCESS FLUID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_FLUID
	 * @model literal="ProcessFluid"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_FLUID_VALUE = 0;

	/**
	 * The '<em><b>MATERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL
	 * @model literal="Material"
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_VALUE = 1;

	/**
	 * The '<em><b>SIGNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL
	 * @model literal="Signal"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_VALUE = 2;

	/**
	 * The '<em><b>ELECTRICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICAL
	 * @model literal="Electrical"
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRICAL_VALUE = 3;

	/**
	 * The '<em><b>PNEUMATIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PNEUMATIC
	 * @model literal="Pneumatic"
	 * @generated
	 * @ordered
	 */
	public static final int PNEUMATIC_VALUE = 4;

	/**
	 * An array of all the '<em><b>Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Medium[] VALUES_ARRAY =
		new Medium[] {
			PROCESS_FLUID,
			MATERIAL,
			SIGNAL,
			ELECTRICAL,
			PNEUMATIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Medium> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Medium result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Medium result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium get(int value) {
		switch (value) {
			case PROCESS_FLUID_VALUE: return PROCESS_FLUID;
			case MATERIAL_VALUE: return MATERIAL;
			case SIGNAL_VALUE: return SIGNAL;
			case ELECTRICAL_VALUE: return ELECTRICAL;
			case PNEUMATIC_VALUE: return PNEUMATIC;
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
	private Medium(int value, String name, String literal) {
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
	
} //Medium
