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

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.twinworks.model.EventRule;
import org.twinworks.model.EventSeverity;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.EventRuleRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.EventRuleImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EventRuleImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EventRuleImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EventRuleImpl#getEndCondition <em>End Condition</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EventRuleImpl#getForDuration <em>For Duration</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventRuleImpl extends NamedImpl implements EventRule {
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
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final EventSeverity SEVERITY_EDEFAULT = EventSeverity.MEDIUM;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected EventSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndCondition() <em>End Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String END_CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndCondition() <em>End Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndCondition()
	 * @generated
	 * @ordered
	 */
	protected String endCondition = END_CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getForDuration() <em>For Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForDuration()
	 * @generated
	 * @ordered
	 */
	protected static final long FOR_DURATION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getForDuration() <em>For Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForDuration()
	 * @generated
	 * @ordered
	 */
	protected long forDuration = FOR_DURATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.EVENT_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EVENT_RULE__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(EventSeverity newSeverity) {
		EventSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EVENT_RULE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EVENT_RULE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndCondition() {
		return endCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndCondition(String newEndCondition) {
		String oldEndCondition = endCondition;
		endCondition = newEndCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EVENT_RULE__END_CONDITION, oldEndCondition, endCondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getForDuration() {
		return forDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForDuration(long newForDuration) {
		long oldForDuration = forDuration;
		forDuration = newForDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.EVENT_RULE__FOR_DURATION, oldForDuration, forDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validExpressions(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return EventRuleRules.validExpressions(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueTag(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return EventRuleRules.uniqueTag(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.EVENT_RULE__TAG:
				return getTag();
			case TwinPackage.EVENT_RULE__SEVERITY:
				return getSeverity();
			case TwinPackage.EVENT_RULE__CONDITION:
				return getCondition();
			case TwinPackage.EVENT_RULE__END_CONDITION:
				return getEndCondition();
			case TwinPackage.EVENT_RULE__FOR_DURATION:
				return getForDuration();
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
			case TwinPackage.EVENT_RULE__TAG:
				setTag((String)newValue);
				return;
			case TwinPackage.EVENT_RULE__SEVERITY:
				setSeverity((EventSeverity)newValue);
				return;
			case TwinPackage.EVENT_RULE__CONDITION:
				setCondition((String)newValue);
				return;
			case TwinPackage.EVENT_RULE__END_CONDITION:
				setEndCondition((String)newValue);
				return;
			case TwinPackage.EVENT_RULE__FOR_DURATION:
				setForDuration((Long)newValue);
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
			case TwinPackage.EVENT_RULE__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case TwinPackage.EVENT_RULE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case TwinPackage.EVENT_RULE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case TwinPackage.EVENT_RULE__END_CONDITION:
				setEndCondition(END_CONDITION_EDEFAULT);
				return;
			case TwinPackage.EVENT_RULE__FOR_DURATION:
				setForDuration(FOR_DURATION_EDEFAULT);
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
			case TwinPackage.EVENT_RULE__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case TwinPackage.EVENT_RULE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case TwinPackage.EVENT_RULE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case TwinPackage.EVENT_RULE__END_CONDITION:
				return END_CONDITION_EDEFAULT == null ? endCondition != null : !END_CONDITION_EDEFAULT.equals(endCondition);
			case TwinPackage.EVENT_RULE__FOR_DURATION:
				return forDuration != FOR_DURATION_EDEFAULT;
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
			case TwinPackage.EVENT_RULE___VALID_EXPRESSIONS__DIAGNOSTICCHAIN_MAP:
				return validExpressions((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case TwinPackage.EVENT_RULE___UNIQUE_TAG__DIAGNOSTICCHAIN_MAP:
				return uniqueTag((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", severity: "); //$NON-NLS-1$
		result.append(severity);
		result.append(", condition: "); //$NON-NLS-1$
		result.append(condition);
		result.append(", endCondition: "); //$NON-NLS-1$
		result.append(endCondition);
		result.append(", forDuration: "); //$NON-NLS-1$
		result.append(forDuration);
		result.append(')');
		return result.toString();
	}

} //EventRuleImpl
