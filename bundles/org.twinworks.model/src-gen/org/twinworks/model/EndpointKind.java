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
 * A representation of the literals of the enumeration '<em><b>Endpoint Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an endpoint's values come from.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getEndpointKind()
 * @model
 * @generated
 */
public enum EndpointKind implements Enumerator {
	/**
	 * The '<em><b>OPC UA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA_VALUE
	 * @generated
	 * @ordered
	 */
	OPC_UA(0, "OPC_UA", "OpcUa"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPARKPLUG B</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARKPLUG_B_VALUE
	 * @generated
	 * @ordered
	 */
	SPARKPLUG_B(1, "SPARKPLUG_B", "SparkplugB"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPC UA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPC_UA
	 * @model literal="OpcUa"
	 * @generated
	 * @ordered
	 */
	public static final int OPC_UA_VALUE = 0;

	/**
	 * The '<em><b>SPARKPLUG B</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARKPLUG_B
	 * @model literal="SparkplugB"
	 * @generated
	 * @ordered
	 */
	public static final int SPARKPLUG_B_VALUE = 1;

	/**
	 * An array of all the '<em><b>Endpoint Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EndpointKind[] VALUES_ARRAY =
		new EndpointKind[] {
			OPC_UA,
			SPARKPLUG_B,
		};

	/**
	 * A public read-only list of all the '<em><b>Endpoint Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EndpointKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Endpoint Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EndpointKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EndpointKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Endpoint Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EndpointKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EndpointKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Endpoint Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EndpointKind get(int value) {
		switch (value) {
			case OPC_UA_VALUE: return OPC_UA;
			case SPARKPLUG_B_VALUE: return SPARKPLUG_B;
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
	private EndpointKind(int value, String name, String literal) {
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
	
} //EndpointKind
