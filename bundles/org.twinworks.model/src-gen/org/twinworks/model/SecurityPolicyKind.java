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
 * A representation of the literals of the enumeration '<em><b>Security Policy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * OPC UA security policies, strongest first.
 * <!-- end-model-doc -->
 * @see org.twinworks.model.TwinPackage#getSecurityPolicyKind()
 * @model
 * @generated
 */
public enum SecurityPolicyKind implements Enumerator {
	/**
	 * The '<em><b>BEST AVAILABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_AVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	BEST_AVAILABLE(0, "BEST_AVAILABLE", "BestAvailable"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AES256 SHA256 RSAPSS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AES256_SHA256_RSAPSS_VALUE
	 * @generated
	 * @ordered
	 */
	AES256_SHA256_RSAPSS(1, "AES256_SHA256_RSAPSS", "Aes256_Sha256_RsaPss"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BASIC256SHA256</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC256SHA256_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC256SHA256(2, "BASIC256SHA256", "Basic256Sha256"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AES128 SHA256 RSAOAEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AES128_SHA256_RSAOAEP_VALUE
	 * @generated
	 * @ordered
	 */
	AES128_SHA256_RSAOAEP(3, "AES128_SHA256_RSAOAEP", "Aes128_Sha256_RsaOaep"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(4, "NONE", "None"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BEST AVAILABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_AVAILABLE
	 * @model literal="BestAvailable"
	 * @generated
	 * @ordered
	 */
	public static final int BEST_AVAILABLE_VALUE = 0;

	/**
	 * The '<em><b>AES256 SHA256 RSAPSS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AES256_SHA256_RSAPSS
	 * @model literal="Aes256_Sha256_RsaPss"
	 * @generated
	 * @ordered
	 */
	public static final int AES256_SHA256_RSAPSS_VALUE = 1;

	/**
	 * The '<em><b>BASIC256SHA256</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC256SHA256
	 * @model literal="Basic256Sha256"
	 * @generated
	 * @ordered
	 */
	public static final int BASIC256SHA256_VALUE = 2;

	/**
	 * The '<em><b>AES128 SHA256 RSAOAEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AES128_SHA256_RSAOAEP
	 * @model literal="Aes128_Sha256_RsaOaep"
	 * @generated
	 * @ordered
	 */
	public static final int AES128_SHA256_RSAOAEP_VALUE = 3;

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model literal="None"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Security Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SecurityPolicyKind[] VALUES_ARRAY =
		new SecurityPolicyKind[] {
			BEST_AVAILABLE,
			AES256_SHA256_RSAPSS,
			BASIC256SHA256,
			AES128_SHA256_RSAOAEP,
			NONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Security Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SecurityPolicyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Security Policy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityPolicyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Policy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityPolicyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Policy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicyKind get(int value) {
		switch (value) {
			case BEST_AVAILABLE_VALUE: return BEST_AVAILABLE;
			case AES256_SHA256_RSAPSS_VALUE: return AES256_SHA256_RSAPSS;
			case BASIC256SHA256_VALUE: return BASIC256SHA256;
			case AES128_SHA256_RSAOAEP_VALUE: return AES128_SHA256_RSAOAEP;
			case NONE_VALUE: return NONE;
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
	private SecurityPolicyKind(int value, String name, String literal) {
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
	
} //SecurityPolicyKind
