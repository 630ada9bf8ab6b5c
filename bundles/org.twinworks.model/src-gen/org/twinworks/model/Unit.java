/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 unit.
 * <!-- end-model-doc -->
 *
 *
 * @see org.twinworks.model.TwinPackage#getUnit()
 * @model
 * @generated
 */
public interface Unit extends EquipmentHolder {
} // Unit
