/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A connection point of equipment (or of a type's template).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Port#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.twinworks.model.Port#getMedium <em>Medium</em>}</li>
 *   <li>{@link org.twinworks.model.Port#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getPort()
 * @model
 * @generated
 */
public interface Port extends Named {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.PortDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.twinworks.model.PortDirection
	 * @see #setDirection(PortDirection)
	 * @see org.twinworks.model.TwinPackage#getPort_Direction()
	 * @model
	 * @generated
	 */
	PortDirection getDirection();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Port#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.twinworks.model.PortDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(PortDirection value);

	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.Medium}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see org.twinworks.model.Medium
	 * @see #setMedium(Medium)
	 * @see org.twinworks.model.TwinPackage#getPort_Medium()
	 * @model
	 * @generated
	 */
	Medium getMedium();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Port#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see org.twinworks.model.Medium
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(Medium value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The equipment this port belongs to; null for a type's template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' reference.
	 * @see org.twinworks.model.TwinPackage#getPort_Equipment()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Equipment getEquipment();

} // Port
