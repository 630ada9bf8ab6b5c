/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a plant model: an enterprise's site with its ISA-95 hierarchy, the equipment type library, the unit catalogue, connections, control loops, interlocks and the twin's connection to the real plant.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Plant#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getNamespaceUri <em>Namespace Uri</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getEngineeringUnits <em>Engineering Units</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getEquipmentTypes <em>Equipment Types</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getControlLoops <em>Control Loops</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getInterlocks <em>Interlocks</em>}</li>
 *   <li>{@link org.twinworks.model.Plant#getTwin <em>Twin</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getPlant()
 * @model
 * @generated
 */
public interface Plant extends Named {
	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprise (ISA-95 level 4) this site belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.twinworks.model.TwinPackage#getPlant_Enterprise()
	 * @model
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Plant#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Namespace Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The OPC UA namespace URI under which the virtual plant serves this plant's signals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Namespace Uri</em>' attribute.
	 * @see #setNamespaceUri(String)
	 * @see org.twinworks.model.TwinPackage#getPlant_NamespaceUri()
	 * @model
	 * @generated
	 */
	String getNamespaceUri();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Plant#getNamespaceUri <em>Namespace Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace Uri</em>' attribute.
	 * @see #getNamespaceUri()
	 * @generated
	 */
	void setNamespaceUri(String value);

	/**
	 * Returns the value of the '<em><b>Engineering Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.EngineeringUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engineering units signals may use (UNECE codes, as OPC UA EUInformation). Saved before the areas so that files read top-down.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engineering Units</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_EngineeringUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<EngineeringUnit> getEngineeringUnits();

	/**
	 * Returns the value of the '<em><b>Equipment Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.EquipmentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The type library: types define ports and signal templates that instances get.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment Types</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_EquipmentTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EquipmentType> getEquipmentTypes();

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISA-95 areas of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Connection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pipes, lines, signal wires and cables between ports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connection> getConnections();

	/**
	 * Returns the value of the '<em><b>Control Loops</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.ControlLoop}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Loops</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_ControlLoops()
	 * @model containment="true"
	 * @generated
	 */
	EList<ControlLoop> getControlLoops();

	/**
	 * Returns the value of the '<em><b>Interlocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.twinworks.model.Interlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interlocks</em>' containment reference list.
	 * @see org.twinworks.model.TwinPackage#getPlant_Interlocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interlock> getInterlocks();

	/**
	 * Returns the value of the '<em><b>Twin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The connection of this virtual plant to the physical one: OPC UA endpoints and signal bindings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Twin</em>' containment reference.
	 * @see #setTwin(Twin)
	 * @see org.twinworks.model.TwinPackage#getPlant_Twin()
	 * @model containment="true"
	 * @generated
	 */
	Twin getTwin();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Plant#getTwin <em>Twin</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Twin</em>' containment reference.
	 * @see #getTwin()
	 * @generated
	 */
	void setTwin(Twin value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags identify equipment, signals, connections, loops and interlocks: each kind's tags are unique in the plant.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueTags(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Plant
