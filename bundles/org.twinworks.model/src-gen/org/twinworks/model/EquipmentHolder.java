/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equipment Holder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A level of the hierarchy that holds equipment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.EquipmentHolder#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEquipmentHolder()
 * @model abstract="true"
 * @generated
 */
public interface EquipmentHolder extends Named {
	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Equipment}.
	 * It is bidirectional and its opposite is '{@link org.twinworks.model.Equipment#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equipment</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getEquipmentHolder_Equipment()
	 * @see org.twinworks.model.Equipment#getHolder
	 * @model opposite="holder" containment="true"
	 * @generated
	 */
	EList<Equipment> getEquipment();

} // EquipmentHolder
