/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equipment Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A type in the library: what kind of equipment it is, and the ports, signals and properties its instances get.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.EquipmentType#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.EquipmentType#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.twinworks.model.EquipmentType#getSignals <em>Signals</em>}</li>
 *   <li>{@link org.twinworks.model.EquipmentType#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.twinworks.model.EquipmentType#getEventRules <em>Event Rules</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEquipmentType()
 * @model
 * @generated
 */
public interface EquipmentType extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.EquipmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EquipmentKind
	 * @see #setKind(EquipmentKind)
	 * @see org.twinworks.model.TwinPackage#getEquipmentType_Kind()
	 * @model
	 * @generated
	 */
	EquipmentKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.EquipmentType#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EquipmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EquipmentKind value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Port}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Port templates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipmentType_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Port> getPorts();

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Signal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signal templates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signals</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipmentType_Signals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signal> getSignals();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipmentType_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

	/**
	 * Returns the value of the '<em><b>Event Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.EventRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Event rules for every equipment of this type: each instance gets its own frames, its signals found by the part of their tags after the instance's tag (RUN is P-101.RUN on P-101).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Rules</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipmentType_EventRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<EventRule> getEventRules();

} // EquipmentType
