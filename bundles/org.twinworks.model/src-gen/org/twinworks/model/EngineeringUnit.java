/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engineering Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An engineering unit by its UNECE Recommendation 20 common code, as OPC UA EUInformation identifies units.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.EngineeringUnit#getCode <em>Code</em>}</li>
 *   <li>{@link org.twinworks.model.EngineeringUnit#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.twinworks.model.EngineeringUnit#getDescription <em>Description</em>}</li>
 *   <li>{@link org.twinworks.model.EngineeringUnit#getUnitId <em>Unit Id</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEngineeringUnit()
 * @model
 * @generated
 */
public interface EngineeringUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UNECE common code, e.g. MTQ for cubic metre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.twinworks.model.TwinPackage#getEngineeringUnit_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EngineeringUnit#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What engineers read, e.g. m³.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.twinworks.model.TwinPackage#getEngineeringUnit_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EngineeringUnit#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.twinworks.model.TwinPackage#getEngineeringUnit_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EngineeringUnit#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The OPC UA EUInformation unitId derived from the code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Id</em>' attribute.
	 * @see org.twinworks.model.TwinPackage#getEngineeringUnit_UnitId()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getUnitId();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code is a UNECE Recommendation 20 common code Twinworks knows.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean knownCode(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EngineeringUnit
