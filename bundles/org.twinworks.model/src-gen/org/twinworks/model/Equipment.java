/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equipment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of equipment (P-101), an equipment module or a control module; equipment can nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Equipment#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getLevel <em>Level</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getType <em>Type</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getSignals <em>Signals</em>}</li>
 *   <li>{@link org.twinworks.model.Equipment#getEventRules <em>Event Rules</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEquipment()
 * @model
 * @generated
 */
public interface Equipment extends EquipmentHolder {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plant tag, e.g. P-101.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.model.TwinPackage#getEquipment_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Equipment#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.EquipmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EquipmentKind
	 * @see #setKind(EquipmentKind)
	 * @see org.twinworks.model.TwinPackage#getEquipment_Kind()
	 * @model
	 * @generated
	 */
	EquipmentKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Equipment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EquipmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EquipmentKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.EquipmentLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment, equipment module or control module (ISA-88/95).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.twinworks.model.EquipmentLevel
	 * @see #setLevel(EquipmentLevel)
	 * @see org.twinworks.model.TwinPackage#getEquipment_Level()
	 * @model
	 * @generated
	 */
	EquipmentLevel getLevel();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Equipment#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.twinworks.model.EquipmentLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EquipmentLevel value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The type this equipment is an instance of, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(EquipmentType)
	 * @see org.twinworks.model.TwinPackage#getEquipment_Type()
	 * @model
	 * @generated
	 */
	EquipmentType getType();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Equipment#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(EquipmentType value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.twinworks.model.EquipmentHolder#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holder</em>' container reference.
	 * @see #setHolder(EquipmentHolder)
	 * @see org.twinworks.model.TwinPackage#getEquipment_Holder()
	 * @see org.twinworks.model.EquipmentHolder#getEquipment
	 * @model opposite="equipment" resolveProxies="false"
	 * @generated
	 */
	EquipmentHolder getHolder();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Equipment#getHolder <em>Holder</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' container reference.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(EquipmentHolder value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer data and other free properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipment_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Port}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipment_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Port> getPorts();

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Signal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signals</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipment_Signals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signal> getSignals();

	/**
	 * Returns the value of the '<em><b>Event Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.EventRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Event rules of this equipment: conditions over its signals that open and close event frames.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Rules</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipment_EventRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<EventRule> getEventRules();

} // Equipment
