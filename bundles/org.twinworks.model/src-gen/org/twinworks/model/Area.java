/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 area.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Area#getWorkCenters <em>Work Centers</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getArea()
 * @model
 * @generated
 */
public interface Area extends EquipmentHolder {
	/**
	 * Returns the value of the '<em><b>Work Centers</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.WorkCenter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process cells, production lines, production units or storage zones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Centers</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getArea_WorkCenters()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkCenter> getWorkCenters();

} // Area
