/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.Plant;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.PlantRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getNamespaceUri <em>Namespace Uri</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getEngineeringUnits <em>Engineering Units</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getEquipmentTypes <em>Equipment Types</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getControlLoops <em>Control Loops</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getInterlocks <em>Interlocks</em>}</li>
 *   <li>{@link org.twinworks.model.impl.PlantImpl#getTwin <em>Twin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlantImpl extends NamedImpl implements Plant {
	/**
	 * The default value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTERPRISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected String enterprise = ENTERPRISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamespaceUri() <em>Namespace Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaceUri()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMESPACE_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespaceUri() <em>Namespace Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespaceUri()
	 * @generated
	 * @ordered
	 */
	protected String namespaceUri = NAMESPACE_URI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEngineeringUnits() <em>Engineering Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineeringUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<EngineeringUnit> engineeringUnits;

	/**
	 * The cached value of the '{@link #getEquipmentTypes() <em>Equipment Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipmentTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<EquipmentType> equipmentTypes;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<Connection> connections;

	/**
	 * The cached value of the '{@link #getControlLoops() <em>Control Loops</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlLoops()
	 * @generated
	 * @ordered
	 */
	protected EList<ControlLoop> controlLoops;

	/**
	 * The cached value of the '{@link #getInterlocks() <em>Interlocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Interlock> interlocks;

	/**
	 * The cached value of the '{@link #getTwin() <em>Twin</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTwin()
	 * @generated
	 * @ordered
	 */
	protected Twin twin;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.PLANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(String newEnterprise) {
		String oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PLANT__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamespaceUri() {
		return namespaceUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespaceUri(String newNamespaceUri) {
		String oldNamespaceUri = namespaceUri;
		namespaceUri = newNamespaceUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PLANT__NAMESPACE_URI, oldNamespaceUri, namespaceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EngineeringUnit> getEngineeringUnits() {
		if (engineeringUnits == null) {
			engineeringUnits = new EObjectContainmentEList<EngineeringUnit>(EngineeringUnit.class, this, TwinPackage.PLANT__ENGINEERING_UNITS);
		}
		return engineeringUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EquipmentType> getEquipmentTypes() {
		if (equipmentTypes == null) {
			equipmentTypes = new EObjectContainmentEList<EquipmentType>(EquipmentType.class, this, TwinPackage.PLANT__EQUIPMENT_TYPES);
		}
		return equipmentTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<Area>(Area.class, this, TwinPackage.PLANT__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Connection> getConnections() {
		if (connections == null) {
			connections = new EObjectContainmentEList<Connection>(Connection.class, this, TwinPackage.PLANT__CONNECTIONS);
		}
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ControlLoop> getControlLoops() {
		if (controlLoops == null) {
			controlLoops = new EObjectContainmentEList<ControlLoop>(ControlLoop.class, this, TwinPackage.PLANT__CONTROL_LOOPS);
		}
		return controlLoops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interlock> getInterlocks() {
		if (interlocks == null) {
			interlocks = new EObjectContainmentEList<Interlock>(Interlock.class, this, TwinPackage.PLANT__INTERLOCKS);
		}
		return interlocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Twin getTwin() {
		return twin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTwin(Twin newTwin, NotificationChain msgs) {
		Twin oldTwin = twin;
		twin = newTwin;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TwinPackage.PLANT__TWIN, oldTwin, newTwin);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTwin(Twin newTwin) {
		if (newTwin != twin) {
			NotificationChain msgs = null;
			if (twin != null)
				msgs = ((InternalEObject)twin).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TwinPackage.PLANT__TWIN, null, msgs);
			if (newTwin != null)
				msgs = ((InternalEObject)newTwin).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TwinPackage.PLANT__TWIN, null, msgs);
			msgs = basicSetTwin(newTwin, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PLANT__TWIN, newTwin, newTwin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueTags(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PlantRules.uniqueTags(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TwinPackage.PLANT__ENGINEERING_UNITS:
				return ((InternalEList<?>)getEngineeringUnits()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__EQUIPMENT_TYPES:
				return ((InternalEList<?>)getEquipmentTypes()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__CONNECTIONS:
				return ((InternalEList<?>)getConnections()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__CONTROL_LOOPS:
				return ((InternalEList<?>)getControlLoops()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__INTERLOCKS:
				return ((InternalEList<?>)getInterlocks()).basicRemove(otherEnd, msgs);
			case TwinPackage.PLANT__TWIN:
				return basicSetTwin(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.PLANT__ENTERPRISE:
				return getEnterprise();
			case TwinPackage.PLANT__NAMESPACE_URI:
				return getNamespaceUri();
			case TwinPackage.PLANT__ENGINEERING_UNITS:
				return getEngineeringUnits();
			case TwinPackage.PLANT__EQUIPMENT_TYPES:
				return getEquipmentTypes();
			case TwinPackage.PLANT__AREAS:
				return getAreas();
			case TwinPackage.PLANT__CONNECTIONS:
				return getConnections();
			case TwinPackage.PLANT__CONTROL_LOOPS:
				return getControlLoops();
			case TwinPackage.PLANT__INTERLOCKS:
				return getInterlocks();
			case TwinPackage.PLANT__TWIN:
				return getTwin();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.PLANT__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case TwinPackage.PLANT__NAMESPACE_URI:
				setNamespaceUri((String)newValue);
				return;
			case TwinPackage.PLANT__ENGINEERING_UNITS:
				getEngineeringUnits().clear();
				getEngineeringUnits().addAll((Collection<? extends EngineeringUnit>)newValue);
				return;
			case TwinPackage.PLANT__EQUIPMENT_TYPES:
				getEquipmentTypes().clear();
				getEquipmentTypes().addAll((Collection<? extends EquipmentType>)newValue);
				return;
			case TwinPackage.PLANT__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case TwinPackage.PLANT__CONNECTIONS:
				getConnections().clear();
				getConnections().addAll((Collection<? extends Connection>)newValue);
				return;
			case TwinPackage.PLANT__CONTROL_LOOPS:
				getControlLoops().clear();
				getControlLoops().addAll((Collection<? extends ControlLoop>)newValue);
				return;
			case TwinPackage.PLANT__INTERLOCKS:
				getInterlocks().clear();
				getInterlocks().addAll((Collection<? extends Interlock>)newValue);
				return;
			case TwinPackage.PLANT__TWIN:
				setTwin((Twin)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.PLANT__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case TwinPackage.PLANT__NAMESPACE_URI:
				setNamespaceUri(NAMESPACE_URI_EDEFAULT);
				return;
			case TwinPackage.PLANT__ENGINEERING_UNITS:
				getEngineeringUnits().clear();
				return;
			case TwinPackage.PLANT__EQUIPMENT_TYPES:
				getEquipmentTypes().clear();
				return;
			case TwinPackage.PLANT__AREAS:
				getAreas().clear();
				return;
			case TwinPackage.PLANT__CONNECTIONS:
				getConnections().clear();
				return;
			case TwinPackage.PLANT__CONTROL_LOOPS:
				getControlLoops().clear();
				return;
			case TwinPackage.PLANT__INTERLOCKS:
				getInterlocks().clear();
				return;
			case TwinPackage.PLANT__TWIN:
				setTwin((Twin)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.PLANT__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case TwinPackage.PLANT__NAMESPACE_URI:
				return NAMESPACE_URI_EDEFAULT == null ? namespaceUri != null : !NAMESPACE_URI_EDEFAULT.equals(namespaceUri);
			case TwinPackage.PLANT__ENGINEERING_UNITS:
				return engineeringUnits != null && !engineeringUnits.isEmpty();
			case TwinPackage.PLANT__EQUIPMENT_TYPES:
				return equipmentTypes != null && !equipmentTypes.isEmpty();
			case TwinPackage.PLANT__AREAS:
				return areas != null && !areas.isEmpty();
			case TwinPackage.PLANT__CONNECTIONS:
				return connections != null && !connections.isEmpty();
			case TwinPackage.PLANT__CONTROL_LOOPS:
				return controlLoops != null && !controlLoops.isEmpty();
			case TwinPackage.PLANT__INTERLOCKS:
				return interlocks != null && !interlocks.isEmpty();
			case TwinPackage.PLANT__TWIN:
				return twin != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case TwinPackage.PLANT___UNIQUE_TAGS__DIAGNOSTICCHAIN_MAP:
				return uniqueTags((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (enterprise: "); //$NON-NLS-1$
		result.append(enterprise);
		result.append(", namespaceUri: "); //$NON-NLS-1$
		result.append(namespaceUri);
		result.append(')');
		return result.toString();
	}

} //PlantImpl
