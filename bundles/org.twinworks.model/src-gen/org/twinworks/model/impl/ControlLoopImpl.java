/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.ControllerType;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.ControlLoopRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Control Loop</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getControllerType <em>Controller Type</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getMeasuredValue <em>Measured Value</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getSetpoint <em>Setpoint</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link org.twinworks.model.impl.ControlLoopImpl#getFinalElement <em>Final Element</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ControlLoopImpl extends NamedImpl implements ControlLoop {
	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getControllerType() <em>Controller Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerType()
	 * @generated
	 * @ordered
	 */
	protected static final ControllerType CONTROLLER_TYPE_EDEFAULT = ControllerType.PID;

	/**
	 * The cached value of the '{@link #getControllerType() <em>Controller Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerType()
	 * @generated
	 * @ordered
	 */
	protected ControllerType controllerType = CONTROLLER_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final ControlAction ACTION_EDEFAULT = ControlAction.REVERSE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected ControlAction action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasuredValue() <em>Measured Value</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredValue()
	 * @generated
	 * @ordered
	 */
	protected Signal measuredValue;

	/**
	 * The cached value of the '{@link #getSetpoint() <em>Setpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetpoint()
	 * @generated
	 * @ordered
	 */
	protected Signal setpoint;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected Signal output;

	/**
	 * The cached value of the '{@link #getFinalElement() <em>Final Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalElement()
	 * @generated
	 * @ordered
	 */
	protected Equipment finalElement;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ControlLoopImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.CONTROL_LOOP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControllerType getControllerType() {
		return controllerType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControllerType(ControllerType newControllerType) {
		ControllerType oldControllerType = controllerType;
		controllerType = newControllerType == null ? CONTROLLER_TYPE_EDEFAULT : newControllerType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__CONTROLLER_TYPE, oldControllerType, controllerType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ControlAction getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(ControlAction newAction) {
		ControlAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal getMeasuredValue() {
		if (measuredValue != null && measuredValue.eIsProxy()) {
			InternalEObject oldMeasuredValue = (InternalEObject)measuredValue;
			measuredValue = (Signal)eResolveProxy(oldMeasuredValue);
			if (measuredValue != oldMeasuredValue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.CONTROL_LOOP__MEASURED_VALUE, oldMeasuredValue, measuredValue));
			}
		}
		return measuredValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Signal basicGetMeasuredValue() {
		return measuredValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredValue(Signal newMeasuredValue) {
		Signal oldMeasuredValue = measuredValue;
		measuredValue = newMeasuredValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__MEASURED_VALUE, oldMeasuredValue, measuredValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal getSetpoint() {
		if (setpoint != null && setpoint.eIsProxy()) {
			InternalEObject oldSetpoint = (InternalEObject)setpoint;
			setpoint = (Signal)eResolveProxy(oldSetpoint);
			if (setpoint != oldSetpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.CONTROL_LOOP__SETPOINT, oldSetpoint, setpoint));
			}
		}
		return setpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Signal basicGetSetpoint() {
		return setpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetpoint(Signal newSetpoint) {
		Signal oldSetpoint = setpoint;
		setpoint = newSetpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__SETPOINT, oldSetpoint, setpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal getOutput() {
		if (output != null && output.eIsProxy()) {
			InternalEObject oldOutput = (InternalEObject)output;
			output = (Signal)eResolveProxy(oldOutput);
			if (output != oldOutput) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.CONTROL_LOOP__OUTPUT, oldOutput, output));
			}
		}
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Signal basicGetOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutput(Signal newOutput) {
		Signal oldOutput = output;
		output = newOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__OUTPUT, oldOutput, output));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equipment getFinalElement() {
		if (finalElement != null && finalElement.eIsProxy()) {
			InternalEObject oldFinalElement = (InternalEObject)finalElement;
			finalElement = (Equipment)eResolveProxy(oldFinalElement);
			if (finalElement != oldFinalElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.CONTROL_LOOP__FINAL_ELEMENT, oldFinalElement, finalElement));
			}
		}
		return finalElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Equipment basicGetFinalElement() {
		return finalElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalElement(Equipment newFinalElement) {
		Equipment oldFinalElement = finalElement;
		finalElement = newFinalElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.CONTROL_LOOP__FINAL_ELEMENT, oldFinalElement, finalElement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean complete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ControlLoopRules.complete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.CONTROL_LOOP__TAG:
				return getTag();
			case TwinPackage.CONTROL_LOOP__CONTROLLER_TYPE:
				return getControllerType();
			case TwinPackage.CONTROL_LOOP__ACTION:
				return getAction();
			case TwinPackage.CONTROL_LOOP__MEASURED_VALUE:
				if (resolve) return getMeasuredValue();
				return basicGetMeasuredValue();
			case TwinPackage.CONTROL_LOOP__SETPOINT:
				if (resolve) return getSetpoint();
				return basicGetSetpoint();
			case TwinPackage.CONTROL_LOOP__OUTPUT:
				if (resolve) return getOutput();
				return basicGetOutput();
			case TwinPackage.CONTROL_LOOP__FINAL_ELEMENT:
				if (resolve) return getFinalElement();
				return basicGetFinalElement();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.CONTROL_LOOP__TAG:
				setTag((String)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__CONTROLLER_TYPE:
				setControllerType((ControllerType)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__ACTION:
				setAction((ControlAction)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__MEASURED_VALUE:
				setMeasuredValue((Signal)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__SETPOINT:
				setSetpoint((Signal)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__OUTPUT:
				setOutput((Signal)newValue);
				return;
			case TwinPackage.CONTROL_LOOP__FINAL_ELEMENT:
				setFinalElement((Equipment)newValue);
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
			case TwinPackage.CONTROL_LOOP__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case TwinPackage.CONTROL_LOOP__CONTROLLER_TYPE:
				setControllerType(CONTROLLER_TYPE_EDEFAULT);
				return;
			case TwinPackage.CONTROL_LOOP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case TwinPackage.CONTROL_LOOP__MEASURED_VALUE:
				setMeasuredValue((Signal)null);
				return;
			case TwinPackage.CONTROL_LOOP__SETPOINT:
				setSetpoint((Signal)null);
				return;
			case TwinPackage.CONTROL_LOOP__OUTPUT:
				setOutput((Signal)null);
				return;
			case TwinPackage.CONTROL_LOOP__FINAL_ELEMENT:
				setFinalElement((Equipment)null);
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
			case TwinPackage.CONTROL_LOOP__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case TwinPackage.CONTROL_LOOP__CONTROLLER_TYPE:
				return controllerType != CONTROLLER_TYPE_EDEFAULT;
			case TwinPackage.CONTROL_LOOP__ACTION:
				return action != ACTION_EDEFAULT;
			case TwinPackage.CONTROL_LOOP__MEASURED_VALUE:
				return measuredValue != null;
			case TwinPackage.CONTROL_LOOP__SETPOINT:
				return setpoint != null;
			case TwinPackage.CONTROL_LOOP__OUTPUT:
				return output != null;
			case TwinPackage.CONTROL_LOOP__FINAL_ELEMENT:
				return finalElement != null;
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
			case TwinPackage.CONTROL_LOOP___COMPLETE__DIAGNOSTICCHAIN_MAP:
				return complete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (tag: "); //$NON-NLS-1$
		result.append(tag);
		result.append(", controllerType: "); //$NON-NLS-1$
		result.append(controllerType);
		result.append(", action: "); //$NON-NLS-1$
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //ControlLoopImpl
