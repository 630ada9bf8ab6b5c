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
 * A representation of the literals of the enumeration '<em><b>Signal Data Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * OPC UA built-in types a signal can have.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getSignalDataType()
 * @model
 * @generated
 */
public enum SignalDataType implements Enumerator {
	/**
	 * The '<em><b>BOOLEAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOLEAN_VALUE
	 * @generated
	 * @ordered
	 */
	BOOLEAN(0, "BOOLEAN", "Boolean"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SBYTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SBYTE_VALUE
	 * @generated
	 * @ordered
	 */
	SBYTE(1, "SBYTE", "SByte"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BYTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE_VALUE
	 * @generated
	 * @ordered
	 */
	BYTE(2, "BYTE", "Byte"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INT16</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT16_VALUE
	 * @generated
	 * @ordered
	 */
	INT16(3, "INT16", "Int16"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UINT16</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT16_VALUE
	 * @generated
	 * @ordered
	 */
	UINT16(4, "UINT16", "UInt16"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INT32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT32_VALUE
	 * @generated
	 * @ordered
	 */
	INT32(5, "INT32", "Int32"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UINT32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT32_VALUE
	 * @generated
	 * @ordered
	 */
	UINT32(6, "UINT32", "UInt32"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INT64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT64_VALUE
	 * @generated
	 * @ordered
	 */
	INT64(7, "INT64", "Int64"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UINT64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT64_VALUE
	 * @generated
	 * @ordered
	 */
	UINT64(8, "UINT64", "UInt64"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FLOAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT_VALUE
	 * @generated
	 * @ordered
	 */
	FLOAT(9, "FLOAT", "Float"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOUBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBLE_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBLE(10, "DOUBLE", "Double"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STRING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRING_VALUE
	 * @generated
	 * @ordered
	 */
	STRING(11, "STRING", "String"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DATE TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	DATE_TIME(12, "DATE_TIME", "DateTime"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION_VALUE
	 * @generated
	 * @ordered
	 */
	ENUMERATION(13, "ENUMERATION", "Enumeration"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BOOLEAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOLEAN
	 * @model literal="Boolean"
	 * @generated
	 * @ordered
	 */
	public static final int BOOLEAN_VALUE = 0;

	/**
	 * The '<em><b>SBYTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SBYTE
	 * @model literal="SByte"
	 * @generated
	 * @ordered
	 */
	public static final int SBYTE_VALUE = 1;

	/**
	 * The '<em><b>BYTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE
	 * @model literal="Byte"
	 * @generated
	 * @ordered
	 */
	public static final int BYTE_VALUE = 2;

	/**
	 * The '<em><b>INT16</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT16
	 * @model literal="Int16"
	 * @generated
	 * @ordered
	 */
	public static final int INT16_VALUE = 3;

	/**
	 * The '<em><b>UINT16</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT16
	 * @model literal="UInt16"
	 * @generated
	 * @ordered
	 */
	public static final int UINT16_VALUE = 4;

	/**
	 * The '<em><b>INT32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT32
	 * @model literal="Int32"
	 * @generated
	 * @ordered
	 */
	public static final int INT32_VALUE = 5;

	/**
	 * The '<em><b>UINT32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT32
	 * @model literal="UInt32"
	 * @generated
	 * @ordered
	 */
	public static final int UINT32_VALUE = 6;

	/**
	 * The '<em><b>INT64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT64
	 * @model literal="Int64"
	 * @generated
	 * @ordered
	 */
	public static final int INT64_VALUE = 7;

	/**
	 * The '<em><b>UINT64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT64
	 * @model literal="UInt64"
	 * @generated
	 * @ordered
	 */
	public static final int UINT64_VALUE = 8;

	/**
	 * The '<em><b>FLOAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT
	 * @model literal="Float"
	 * @generated
	 * @ordered
	 */
	public static final int FLOAT_VALUE = 9;

	/**
	 * The '<em><b>DOUBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBLE
	 * @model literal="Double"
	 * @generated
	 * @ordered
	 */
	public static final int DOUBLE_VALUE = 10;

	/**
	 * The '<em><b>STRING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRING
	 * @model literal="String"
	 * @generated
	 * @ordered
	 */
	public static final int STRING_VALUE = 11;

	/**
	 * The '<em><b>DATE TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATE_TIME
	 * @model literal="DateTime"
	 * @generated
	 * @ordered
	 */
	public static final int DATE_TIME_VALUE = 12;

	/**
	 * The '<em><b>ENUMERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENUMERATION
	 * @model literal="Enumeration"
	 * @generated
	 * @ordered
	 */
	public static final int ENUMERATION_VALUE = 13;

	/**
	 * An array of all the '<em><b>Signal Data Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignalDataType[] VALUES_ARRAY =
		new SignalDataType[] {
			BOOLEAN,
			SBYTE,
			BYTE,
			INT16,
			UINT16,
			INT32,
			UINT32,
			INT64,
			UINT64,
			FLOAT,
			DOUBLE,
			STRING,
			DATE_TIME,
			ENUMERATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Signal Data Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignalDataType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Signal Data Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalDataType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignalDataType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal Data Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalDataType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignalDataType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal Data Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalDataType get(int value) {
		switch (value) {
			case BOOLEAN_VALUE: return BOOLEAN;
			case SBYTE_VALUE: return SBYTE;
			case BYTE_VALUE: return BYTE;
			case INT16_VALUE: return INT16;
			case UINT16_VALUE: return UINT16;
			case INT32_VALUE: return INT32;
			case UINT32_VALUE: return UINT32;
			case INT64_VALUE: return INT64;
			case UINT64_VALUE: return UINT64;
			case FLOAT_VALUE: return FLOAT;
			case DOUBLE_VALUE: return DOUBLE;
			case STRING_VALUE: return STRING;
			case DATE_TIME_VALUE: return DATE_TIME;
			case ENUMERATION_VALUE: return ENUMERATION;
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
	private SignalDataType(int value, String name, String literal) {
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
	
} //SignalDataType
