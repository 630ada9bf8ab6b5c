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
 * A representation of the literals of the enumeration '<em><b>Controller Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Controller algorithms.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getControllerType()
 * @model
 * @generated
 */
public enum ControllerType implements Enumerator {
	/**
	 * The '<em><b>P</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #P_VALUE
	 * @generated
	 * @ordered
	 */
	P(0, "P", "P"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PI_VALUE
	 * @generated
	 * @ordered
	 */
	PI(1, "PI", "PI"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PID_VALUE
	 * @generated
	 * @ordered
	 */
	PID(2, "PID", "PID"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ON OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	ON_OFF(3, "ON_OFF", "OnOff"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CASCADE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASCADE_VALUE
	 * @generated
	 * @ordered
	 */
	CASCADE(4, "CASCADE", "Cascade"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RATIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO_VALUE
	 * @generated
	 * @ordered
	 */
	RATIO(5, "RATIO", "Ratio"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>P</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #P
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int P_VALUE = 0;

	/**
	 * The '<em><b>PI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PI_VALUE = 1;

	/**
	 * The '<em><b>PID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PID_VALUE = 2;

	/**
	 * The '<em><b>ON OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_OFF
	 * @model literal="OnOff"
	 * @generated
	 * @ordered
	 */
	public static final int ON_OFF_VALUE = 3;

	/**
	 * The '<em><b>CASCADE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASCADE
	 * @model literal="Cascade"
	 * @generated
	 * @ordered
	 */
	public static final int CASCADE_VALUE = 4;

	/**
	 * The '<em><b>RATIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO
	 * @model literal="Ratio"
	 * @generated
	 * @ordered
	 */
	public static final int RATIO_VALUE = 5;

	/**
	 * An array of all the '<em><b>Controller Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ControllerType[] VALUES_ARRAY =
		new ControllerType[] {
			P,
			PI,
			PID,
			ON_OFF,
			CASCADE,
			RATIO,
		};

	/**
	 * A public read-only list of all the '<em><b>Controller Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ControllerType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Controller Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControllerType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControllerType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Controller Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControllerType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControllerType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Controller Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControllerType get(int value) {
		switch (value) {
			case P_VALUE: return P;
			case PI_VALUE: return PI;
			case PID_VALUE: return PID;
			case ON_OFF_VALUE: return ON_OFF;
			case CASCADE_VALUE: return CASCADE;
			case RATIO_VALUE: return RATIO;
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
	private ControllerType(int value, String name, String literal) {
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
	
} //ControllerType
