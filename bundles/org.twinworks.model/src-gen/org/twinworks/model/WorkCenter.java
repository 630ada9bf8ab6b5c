/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 work center: a process cell, production line, production unit or storage zone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.WorkCenter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.WorkCenter#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getWorkCenter()
 * @model
 * @generated
 */
public interface WorkCenter extends EquipmentHolder {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.WorkCenterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.WorkCenterKind
	 * @see #setKind(WorkCenterKind)
	 * @see org.twinworks.model.TwinPackage#getWorkCenter_Kind()
	 * @model
	 * @generated
	 */
	WorkCenterKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.WorkCenter#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.WorkCenterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(WorkCenterKind value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getWorkCenter_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<Unit> getUnits();

} // WorkCenter
